/**
 * `npm run build`: ingest, Astro, then Pagefind and the offline copy, all into a staging folder
 * that becomes dist/ in one atomic rename only when every step succeeded (src/lib/folder-swap-fs.ts).
 * A failure or a kill at any moment leaves the previous dist/ serving, whole; the staging folders of
 * killed runs are removed by the next run. Each step prints `build: <step>` as it starts.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { discardVersion, newVersion, publishVersion } from '../src/lib/folder-swap-fs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

function step(name: string, args: string[]): Promise<void> {
  console.log(`build: ${name}`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`build: ${name} failed (${signal ?? `exit ${code}`})`))));
  });
}

const staging = await newVersion(dist);
try {
  await step('ingest', ['--import', 'tsx', 'scripts/ingest.ts']);
  await step('astro', ['node_modules/astro/astro.js', 'build', '--outDir', staging]);
  await step('postbuild', ['--import', 'tsx', 'scripts/postbuild.ts', staging]);
  await publishVersion(dist, staging);
  console.log('build: published dist/');
} catch (error) {
  await discardVersion(staging);
  console.error(`${(error as Error).message}; dist/ is unchanged.`);
  process.exit(1);
}
