import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/lib/corpus.ts';
import { offlinePage } from '../src/lib/offline/offline-page.ts';
import { ADOPTED_BOOST, FACETS, SEARCH_OPTIONS, STATUS_ADOPTED, searchRecords } from '../src/lib/offline/search-records.ts';
import { filesUnder } from './files-under.ts';

export const ZIP_PATH = 'download/trafficking-texts-offline.zip';
const FOLDER = 'trafficking-texts';
/** The same instant in every build, so that two builds give the same zip byte for byte. */
const FIXED_MTIME = new Date('2010-07-30T00:00:00Z');

/**
 * The script-tag search index and its library. The search page uses it both online and from disk
 * (where browsers refuse Pagefind's fetch and WebAssembly), so both give the same results.
 */
export async function writeOfflineSearch(dist: string, corpus: Corpus, minisearchPath: string): Promise<void> {
  const records = searchRecords(corpus);
  const index = new MiniSearch({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields], idField: 'id' });
  index.addAll(records);
  const payload = {
    options: { ...SEARCH_OPTIONS, idField: 'id' },
    index: index.toJSON(),
    facets: FACETS,
    adoptedBoost: ADOPTED_BOOST,
    adopted: STATUS_ADOPTED,
  };
  await mkdir(join(dist, 'search'), { recursive: true });
  await writeFile(join(dist, 'search/offline-index.js'), `window.TT_OFFLINE_SEARCH = ${JSON.stringify(payload)};\n`);
  await copyFile(minisearchPath, join(dist, 'search/minisearch.js'));
}

/**
 * The downloadable copy: every page with links to index.html files (src/lib/offline/offline-page.ts)
 * so that it works from disk, minus what cannot run there (Pagefind) or would be circular (the zip itself).
 */
export async function writeOfflineZip(dist: string): Promise<{ bytes: number; files: number }> {
  const entries: Zippable = {};
  for (const path of filesUnder(dist)) {
    // Pagefind cannot run from disk, the zip would contain itself, and a 404 page has no use there.
    if (path.startsWith('pagefind/') || path.startsWith('download/') || path === '_redirects' || path === '404.html') continue;
    const raw = await readFile(join(dist, path));
    const content = path.endsWith('.html') ? new TextEncoder().encode(offlinePage(raw.toString('utf8'))) : new Uint8Array(raw);
    entries[`${FOLDER}/${path}`] = [content, { mtime: FIXED_MTIME }];
  }
  entries[`${FOLDER}/README.txt`] = [
    new TextEncoder().encode('Trafficking Texts, offline copy.\r\n\r\nOpen index.html in this folder with a web browser. Everything, search included, works without a network.\r\n'),
    { mtime: FIXED_MTIME },
  ];
  const zip = zipSync(entries, { level: 9, mtime: FIXED_MTIME });
  await mkdir(dirname(join(dist, ZIP_PATH)), { recursive: true });
  await writeFile(join(dist, ZIP_PATH), zip);
  return { bytes: zip.byteLength, files: Object.keys(entries).length };
}
