/**
 * `npm run dev`: an edited source shows on its pages within seconds. This Astro integration watches
 * the ingest's inputs under `content/` and, when one changes, runs the ingest again (the same command
 * as `npm run ingest`, so a bad edit prints the same positioned error and keeps the previous output),
 * then has Astro forget its routes and the browser reload. The pages re-read `content/generated/`
 * when it has changed (src/lib/site/corpus-fs.ts).
 */
import { spawn } from 'node:child_process';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What the ingest reads (src/lib/ingest-fs.ts): never its own output, content/generated. */
const INPUTS = ['content/sources/', 'content/instrument-texts/', 'content/documents.json', 'content/corrections.json', 'content/instruments.json', 'content/lineage-overrides.json', 'content/url-manifest.json'];

export function isIngestInput(path: string): boolean {
  const local = relative(root, path).split(sep).join('/');
  return INPUTS.some((input) => (input.endsWith('/') ? local.startsWith(input) : local === input));
}

function runIngest(): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts'], { cwd: root, stdio: 'inherit' });
    child.on('error', () => done(false));
    child.on('exit', (code) => done(code === 0));
  });
}

export function ingestOnChange(): AstroIntegration {
  return {
    name: 'trafficking-texts:ingest-on-change',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(INPUTS.map((input) => `${root}${input}`));
        let running: Promise<void> | null = null;
        let again = false;
        const ingest = async (): Promise<void> => {
          do {
            again = false;
            const started = performance.now();
            const ok = await runIngest();
            if (!ok) {
              logger.error('the ingest stopped (see above); the pages show the previous content');
              continue;
            }
            logger.info(`ingested again in ${Math.round(performance.now() - started)} ms; reloading`);
            // Any watched change makes Astro drop its cached routes (getStaticPaths runs again).
            server.watcher.emit('change', `${root}content/generated/corpus.json`);
            server.ws.send({ type: 'full-reload' });
          } while (again);
        };
        server.watcher.on('all', (_event, path) => {
          if (!isIngestInput(path)) return;
          // Edits that land while the ingest runs are picked up by one more run after it.
          if (running) {
            again = true;
            return;
          }
          running = ingest().finally(() => {
            running = null;
          });
        });
      },
    },
  };
}
