import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathInside } from '../src/lib/folder-swap-fs.ts';
import { type Bundle, stabilisePagefind } from './pagefind-stable.ts';

/**
 * Builds the Pagefind index of a built site. Only elements marked data-pagefind-body (the unit
 * pages' text) are indexed, so every search result is a citable paragraph.
 *
 * Pagefind's own command line reads the pages and writes the bundle. The Node API was slower by
 * more than its indexing: it hands every file back through a pipe as base64 in JSON (1.7 s at 10x,
 * after 1.6 s of indexing), and Node then wrote them one by one (2.0 s). Nor could its
 * `writeFiles()` be used: Pagefind 1.5 writes through Tokio without flushing, and the service is
 * closed as soon as that call resolves (a CI build once shipped a truncated pagefind-ui.js). Nothing
 * closes the command line while it writes: it ends by itself, and its exit code is checked. The
 * site folder is a staging copy that the build publishes only when complete (scripts/build.ts), so
 * a half-written index is never served.
 */
/** Where unit pages are in the built site (shared/DESIGN.md: `/<document>/<unit>/`). */
export const UNIT_PAGES = '*/*/index.html';

function runPagefind(args: string[]): Promise<void> {
  // The npm package's launcher, which finds the platform's binary (the package exports no path to it).
  const cli = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`pagefind: exited with ${signal ?? `code ${code}`}; its output:\n${output.trim()}`));
    });
  });
}

/** The files `stabilisePagefind` reads or rewrites: the entry, the metadata and the filter indexes. */
function readOrderDependent(out: string): Bundle {
  const bundle: Bundle = new Map();
  const read = (path: string) => bundle.set(path, readFileSync(join(out, path)));
  for (const name of readdirSync(out)) if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta')) read(name);
  // A site without filters has no filter folder.
  if (existsSync(join(out, 'filter'))) for (const name of readdirSync(join(out, 'filter'))) read(`filter/${name}`);
  return bundle;
}

export async function buildSearchIndex(site: string): Promise<{ pages: number }> {
  const out = join(site, 'pagefind');
  // Units are the only pages with a data-pagefind-body, and they are all /<document>/<unit>/: reading
  // the other pages (Akoma Ntoso aliases, articles, reading pages) would only be thrown away.
  await runPagefind(['--site', site, '--glob', UNIT_PAGES, '--force-language', 'en', '--output-path', out, '--quiet']);
  const before = readOrderDependent(out);
  const after = stabilisePagefind(before);
  for (const path of before.keys()) if (!after.has(path)) rmSync(pathInside(out, path));
  for (const [path, bytes] of after) if (before.get(path) !== bytes) writeFileSync(pathInside(out, path), bytes);
  return { pages: pagesIndexed(after.get('pagefind-entry.json')!) };
}

/** The pages indexed, as the entry file (already read) counts them per language: listing the fragments would read a folder of one file per page. */
function pagesIndexed(entry: Uint8Array): number {
  const { languages } = JSON.parse(Buffer.from(entry).toString('utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((pages, language) => pages + language.page_count, 0);
}
