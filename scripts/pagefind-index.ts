import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { type Bundle, stabilisePagefind } from './pagefind-stable.ts';

/**
 * Builds the Pagefind index of a built site. Only elements marked data-pagefind-body (the unit
 * pages' text) are indexed, so every search result is a citable paragraph.
 *
 * The bundle is taken from Pagefind in memory and written here rather than by `writeFiles()`:
 * Pagefind 1.5 writes through Tokio without flushing, so a file can still be incomplete when
 * `writeFiles()` resolves and the service is closed (a CI build once shipped a truncated
 * pagefind-ui.js). Written to a staging folder first, so an earlier index is replaced whole.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; files: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages: number;
  let bundle: Bundle;
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    pages = added.page_count;
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`pagefind: ${got.errors.join('; ')}`);
    bundle = new Map(got.files.map((file) => [file.path, file.content]));
  } finally {
    await pagefind.close();
  }
  const stable = stabilisePagefind(bundle);

  const target = join(site, 'pagefind');
  const staging = join(site, '.pagefind-staging');
  await rm(staging, { recursive: true, force: true });
  for (const [path, bytes] of stable) {
    const file = join(staging, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  return { pages, files: stable.size };
}
