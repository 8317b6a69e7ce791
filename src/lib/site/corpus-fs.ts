import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../corpus.ts';
import type { SiteModel } from '../site-model.ts';

/**
 * The ingest's output, read once per build. The ingest validated it against the schema as it wrote
 * it, so the pages read it as it is. Under `astro dev` a file is read again when the ingest has
 * rewritten it (scripts/dev-ingest.ts), so an edited source shows on the next page load.
 */
function generated<T>(file: string): () => T {
  let cached: { value: T; mtime: number } | null = null;
  return () => {
    const path = join(process.cwd(), 'content/generated', file);
    const mtime = import.meta.env?.DEV ? statSync(path).mtimeMs : 0;
    if (!cached || cached.mtime !== mtime) cached = { value: JSON.parse(readFileSync(path, 'utf8')) as T, mtime };
    return cached.value;
  };
}

/** The corpus written by `npm run ingest` (`/data/corpus.json`). */
export const loadCorpus = generated<Corpus>('corpus.json');

/** What the pages show beyond the corpus, computed once by the ingest (src/lib/site-model.ts). */
export const loadSite = generated<SiteModel>('site.json');

export function loadRedirects(): [string, string][] {
  return JSON.parse(readFileSync(join(process.cwd(), 'content/generated/redirects.json'), 'utf8')) as [string, string][];
}

export function readSourceBytes(file: string): Buffer {
  return readFileSync(join(process.cwd(), 'content/sources', file));
}
