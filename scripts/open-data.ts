/** Writes the open-data files (src/lib/open-data/) into the built site. */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Corpus } from '../src/lib/corpus.ts';
import { aknRedirects, openDataFiles } from '../src/lib/open-data/files.ts';
import { siteUrl } from '../src/lib/site/origin.ts';

export async function writeOpenData(dist: string, corpus: Corpus): Promise<{ files: number; ms: number }> {
  const started = performance.now();
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/u, '');
  const files = openDataFiles(corpus, { site: siteUrl(process.env), base });
  const folders = new Set([...files.keys()].map((path) => dirname(join(dist, path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([path, content]) => writeFile(join(dist, path), content)));
  // Hosts that read _redirects answer an IRI, which has no trailing slash, with a real 301.
  await appendFile(join(dist, '_redirects'), aknRedirects(corpus).map(([from, to]) => `${base}${from} ${base}${to} 301\n`).join(''));
  return { files: files.size, ms: Math.round(performance.now() - started) };
}
