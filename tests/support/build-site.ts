import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildEnv } from '../../scripts/project-copy.ts';
import { ensureChromium } from './chromium.ts';
import { ROOT } from './project.ts';

/** Vitest global setup: Chromium is there, and the end-to-end tests test the site exactly as `npm run build` makes it. */
export default function setup(): void {
  // First, so that a machine without a browser learns it at once rather than after the build.
  ensureChromium();
  if (process.env['TT_SKIP_BUILD'] === '1' && existsSync(`${ROOT}dist/index.html`)) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, env: buildEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
}
