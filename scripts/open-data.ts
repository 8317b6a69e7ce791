/** Writes the open-data files (src/lib/open-data/) into the built site. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from '../src/lib/corpus.ts';
import { aknRedirects, openDataFiles } from '../src/lib/open-data/files.ts';
import { siteUrl } from '../src/lib/site/origin.ts';

export function writeOpenData(dist: string, corpus: Corpus): { files: number; ms: number } {
  const started = performance.now();
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/u, '');
  const made = new Set<string>();
  /** Paths, not contents: a path made twice is one file (the later content stands). */
  const written = new Set<string>();
  // Each file is written as it is made, so they are never all in memory (they grow with the corpus).
  // Synchronously: thousands of small files, each faster written than sent through the thread pool.
  for (const [path, content] of openDataFiles(corpus, { site: siteUrl(process.env), base })) {
    const folder = dirname(join(dist, path));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dist, path), content);
    written.add(path);
  }
  // Hosts that read _redirects answer an IRI, which has no trailing slash, with a real 301.
  appendFileSync(join(dist, '_redirects'), aknRedirects(corpus).map(([from, to]) => `${base}${from} ${base}${to} 301\n`).join(''));
  return { files: written.size, ms: Math.round(performance.now() - started) };
}
