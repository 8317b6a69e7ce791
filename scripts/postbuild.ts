/**
 * After `astro build`: the search index, the static hosts' redirect file and the offline copy, written
 * into the site folder given as the argument (the build's staging folder; scripts/build.ts publishes
 * it only when this succeeds). Without an argument it completes dist/ in place (bench and by hand).
 *
 * The open data comes first because it adds pages (Akoma Ntoso aliases) that the offline copy holds.
 * Then Pagefind, which works in a process of its own, reading the pages and writing only pagefind/,
 * runs beside the offline search index and zip, which leave pagefind/ out (issue 13: at 10x the
 * postbuild went from 55 s to 18 s with the string-level rewrite, zlib and this overlap; its peak
 * memory is now Node's and Pagefind's together). Each part prints its own time; they overlap.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../src/lib/corpus.ts';
import { MINISEARCH_UMD } from '../src/lib/offline/search-paths.ts';
import { redirectRules } from '../src/lib/url-manifest.ts';
import { writeOfflineSearch, writeOfflineZip } from './offline-bundle.ts';
import { writeOpenData } from './open-data.ts';
import { buildSearchIndex } from './pagefind-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? `${root}dist`;
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/u, '');
const since = (started: number) => Math.round(performance.now() - started);

const redirects = JSON.parse(await readFile(`${root}content/generated/redirects.json`, 'utf8')) as [string, string][];
await writeFile(`${dist}/_redirects`, redirectRules(redirects, base));

// The ingest validated the corpus against its schema as it wrote it.
const corpus = JSON.parse(await readFile(`${root}content/generated/corpus.json`, 'utf8')) as Corpus;
const openData = writeOpenData(dist, corpus);
console.log(`open data: ${openData.files} files in ${openData.ms} ms`);

async function searchIndex(): Promise<void> {
  const started = performance.now();
  const { pages } = await buildSearchIndex(dist);
  console.log(`pagefind: indexed ${pages} pages in ${since(started)} ms`);
}

async function offlineCopy(): Promise<void> {
  const started = performance.now();
  await writeOfflineSearch(dist, corpus, `${root}${MINISEARCH_UMD}`);
  console.log(`offline search: ${since(started)} ms`);
  const zipStarted = performance.now();
  const zip = await writeOfflineZip(dist);
  console.log(`offline: ${zip.files} files, ${(zip.bytes / 1024 / 1024).toFixed(1)} MB zipped in ${since(zipStarted)} ms`);
}

await Promise.all([searchIndex(), offlineCopy()]);
