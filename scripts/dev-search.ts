/**
 * `npm run dev`: the search page's two generated scripts, which a build's postbuild writes into the
 * site (scripts/offline-bundle.ts), served from the current ingest's output instead, so that search
 * works under `astro dev` and finds an edited source's words after the ingest has run again
 * (scripts/dev-ingest.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Corpus } from '../src/lib/corpus.ts';
import { MINISEARCH_UMD, SEARCH_SCRIPTS } from '../src/lib/offline/search-paths.ts';
import { offlineSearchScript } from '../src/lib/offline/search-script.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = `${root}content/generated/corpus.json`;

/** The index script, built again only when the ingest has rewritten the corpus. */
function indexScript(): () => string {
  let built: { mtime: number; script: string } | null = null;
  return () => {
    const mtime = statSync(CORPUS).mtimeMs;
    if (built?.mtime !== mtime) built = { mtime, script: offlineSearchScript(JSON.parse(readFileSync(CORPUS, 'utf8')) as Corpus) };
    return built.script;
  };
}

export function searchInDev(): AstroIntegration {
  let base = '/';
  return {
    name: 'trafficking-texts:search-in-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const index = indexScript();
        const scripts = new Map<string, () => string | Buffer>([
          [`${base}search/${SEARCH_SCRIPTS.index}`, index],
          [`${base}search/${SEARCH_SCRIPTS.minisearch}`, () => readFileSync(`${root}${MINISEARCH_UMD}`)],
        ]);
        server.middlewares.use((request, response, next) => {
          const script = scripts.get(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!script) return next();
          try {
            const body = script();
            response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
            response.end(body);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
