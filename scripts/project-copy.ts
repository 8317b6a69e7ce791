import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.dist-versions', '.git', '.astro', 'test-results', 'generated', '.generated-versions']);

/** A copy of the project's sources (no build output) in a fresh folder, sharing node_modules. */
export function copyProject(root: string, prefix = 'tt-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(src.split('/').pop()!) });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The environment for a build started from another Node process: Vitest puts Vite's variables
 * (BASE_URL, MODE, DEV, PROD, SSR, VITEST...) into process.env, and Astro would read them as its own.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST') || key.startsWith('VITE_')) continue;
    env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
