import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildEnv } from '../../scripts/project-copy.ts';
import { ROOT } from './project.ts';

/** Vitest global setup: the end-to-end tests test the site exactly as `npm run build` makes it. */
export default function setup(): void {
  if (process.env['TT_SKIP_BUILD'] === '1' && existsSync(`${ROOT}dist/index.html`)) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, env: buildEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
}
