import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildEnv, copyProject } from '../../scripts/project-copy.ts';
import { ROOT } from './project.ts';

const run = promisify(execFile);

/** Runs the full build in a copy of the project, so that a test can build again without touching dist/. */
export async function buildCopy(env: Record<string, string> = {}, prepare: (dir: string) => void = () => {}): Promise<string> {
  const dir = copyProject(ROOT, 'tt-build-');
  prepare(dir);
  await run('npm', ['run', 'build'], { cwd: dir, env: buildEnv(env), maxBuffer: 64 * 1024 * 1024 });
  return dir;
}
