import { readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from '../src/lib/corpus.ts';
import { offlinePage } from '../src/lib/offline/offline-page.ts';
import { SEARCH_SCRIPTS } from '../src/lib/offline/search-paths.ts';
import { offlineSearchScript } from '../src/lib/offline/search-script.ts';
import { filesUnder } from './files-under.ts';
import { writeZip, type ZipInput } from './zip-stream.ts';

export const ZIP_PATH = 'download/trafficking-texts-offline.zip';
const FOLDER = 'trafficking-texts';
/** The same instant in every build, so that two builds give the same zip byte for byte. */
const FIXED_MTIME = new Date('2010-07-30T00:00:00Z');

/**
 * The script-tag search index and its library. The search page uses it both online and from disk
 * (where browsers refuse Pagefind's fetch and WebAssembly), so both give the same results.
 */
export async function writeOfflineSearch(dist: string, corpus: Corpus, minisearchPath: string): Promise<void> {
  await mkdir(join(dist, 'search'), { recursive: true });
  await writeFile(join(dist, 'search', SEARCH_SCRIPTS.index), offlineSearchScript(corpus));
  await copyFile(minisearchPath, join(dist, 'search', SEARCH_SCRIPTS.minisearch));
}

/** What the offline copy leaves out: Pagefind cannot run from disk, the zip would contain itself, and a 404 page has no use there. */
const leftOut = (path: string) => path === 'pagefind' || path === 'download' || path === '_redirects' || path === '404.html';

const README = 'Trafficking Texts, offline copy.\r\n\r\nOpen index.html in this folder with a web browser. Everything, search included, works without a network.\r\n';

/** The files of the offline copy in name order, each page read and rewritten only when the zip comes to it. */
function* offlineFiles(dist: string): Generator<ZipInput> {
  for (const path of filesUnder(dist, leftOut)) {
    const name = `${FOLDER}/${path}`;
    const full = join(dist, path);
    // Read synchronously: most files are small pages, and a trip through the thread pool cost more than the read.
    yield { name, bytes: () => (path.endsWith('.html') ? Buffer.from(offlinePage(readFileSync(full, 'utf8'))) : readFileSync(full)) };
  }
  yield { name: `${FOLDER}/README.txt`, bytes: () => Buffer.from(README) };
}

/**
 * The downloadable copy: every page with links to index.html files so that it works from disk
 * (src/lib/offline/offline-page.ts), minus what cannot run there. Streamed into the zip page by
 * page, so memory stays flat however large the site.
 */
export async function writeOfflineZip(dist: string): Promise<{ bytes: number; files: number }> {
  return writeZip(join(dist, ZIP_PATH), offlineFiles(dist), FIXED_MTIME);
}
