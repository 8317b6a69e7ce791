import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildEnv } from './clean-env.ts';
import { ROOT } from './project.ts';

const run = promisify(execFile);
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'generated']);

/**
 * Copies the project (sources, not build output) into a fresh folder and runs the full build
 * there, so that a test can build again without touching dist/.
 */
export async function buildCopy(env: Record<string, string> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tt-build-'));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(src.split('/').pop()!) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await run('npm', ['run', 'build'], { cwd: dir, env: buildEnv(env), maxBuffer: 64 * 1024 * 1024 });
  return dir;
}
