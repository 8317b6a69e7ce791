import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../corpus.ts';
import type { SiteInstrument, SiteUnit } from '../site-model.ts';

/**
 * The ingest's output, read once per build. The ingest validated it against the schema as it wrote
 * it, so the pages read it as it is. Under `astro dev` a file is read again when the ingest has
 * rewritten it (scripts/dev-ingest.ts), so an edited source shows on the next page load.
 */
function readGenerated<T>(file: string, cached: { value: T; mtime: number } | undefined): { value: T; mtime: number } {
  const path = join(process.cwd(), 'content/generated', file);
  const mtime = import.meta.env?.DEV ? statSync(path).mtimeMs : 0;
  return cached && cached.mtime === mtime ? cached : { value: JSON.parse(readFileSync(path, 'utf8')) as T, mtime };
}

function generated<T>(file: string): () => T {
  let cached: { value: T; mtime: number } | undefined;
  return () => {
    cached = readGenerated(file, cached);
    return cached.value;
  };
}

/** The corpus written by `npm run ingest` (`/data/corpus.json`). */
export const loadCorpus = generated<Corpus>('corpus.json');

/** What the instrument pages show, computed once by the ingest (src/lib/site-model.ts). */
export const loadSiteInstruments = generated<Record<string, SiteInstrument>>('site/instruments.json');

/**
 * How many documents' unit files stay in memory. Pages are rendered route by route, each route
 * document by document, so a few suffice; keeping them all would make memory grow with the corpus.
 */
const DOCUMENTS_KEPT = 4;
const documentsRead = new Map<string, { value: Record<string, SiteUnit>; mtime: number }>();

/** What a unit's pages show beyond the corpus, computed once by the ingest (src/lib/site-model.ts). */
export function siteUnit(document: string, unit: string): SiteUnit {
  const found = readGenerated(`site/units/${document}.json`, documentsRead.get(document));
  documentsRead.delete(document);
  documentsRead.set(document, found);
  if (documentsRead.size > DOCUMENTS_KEPT) documentsRead.delete(documentsRead.keys().next().value!);
  const site = found.value[unit];
  if (!site) throw new Error(`No rendered text for ${document}/${unit}: run npm run ingest.`);
  return site;
}

export function loadRedirects(): [string, string][] {
  return JSON.parse(readFileSync(join(process.cwd(), 'content/generated/redirects.json'), 'utf8')) as [string, string][];
}

export function readSourceBytes(file: string): Buffer {
  return readFileSync(join(process.cwd(), 'content/sources', file));
}
