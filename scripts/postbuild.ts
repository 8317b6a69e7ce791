/**
 * After `astro build`: the search index, the static hosts' redirect file and the offline copy, written
 * into the site folder given as the argument (the build's staging folder; scripts/build.ts publishes
 * it only when this succeeds). Without an argument it completes dist/ in place (bench and by hand).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { corpusSchema } from '../src/lib/corpus.ts';
import { redirectRules } from '../src/lib/url-manifest.ts';
import { writeOfflineSearch, writeOfflineZip } from './offline-bundle.ts';
import { writeOpenData } from './open-data.ts';
import { buildSearchIndex } from './pagefind-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? `${root}dist`;
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/u, '');

const started = performance.now();
const { pages } = await buildSearchIndex(dist);
console.log(`pagefind: scanned ${pages} pages in ${Math.round(performance.now() - started)} ms`);

const redirects = JSON.parse(await readFile(`${root}content/generated/redirects.json`, 'utf8')) as [string, string][];
await writeFile(`${dist}/_redirects`, redirectRules(redirects, base));

const corpus = corpusSchema.parse(JSON.parse(await readFile(`${root}content/generated/corpus.json`, 'utf8')));
const openData = await writeOpenData(dist, corpus);
console.log(`open data: ${openData.files} files in ${openData.ms} ms`);
// The UMD build defines window.MiniSearch for a plain script tag; the package does not export its path.
await writeOfflineSearch(dist, corpus, `${root}node_modules/minisearch/dist/umd/index.js`);
const zip = await writeOfflineZip(dist);
console.log(`offline: ${zip.files} files, ${(zip.bytes / 1024 / 1024).toFixed(1)} MB zipped`);
