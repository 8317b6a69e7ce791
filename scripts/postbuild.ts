/** After `astro build`: the search index and the static hosts' redirect file. */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from './pagefind-index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/u, '');

const started = performance.now();
const { pages } = await buildSearchIndex(dist);
console.log(`pagefind: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);

const redirects = JSON.parse(await readFile(`${root}content/generated/redirects.json`, 'utf8')) as [string, string][];
await writeFile(`${dist}/_redirects`, redirects.map(([from, to]) => `${base}${from} ${base}${to} 301\n`).join(''));
