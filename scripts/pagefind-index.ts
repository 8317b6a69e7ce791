import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeFilesUnder } from '../src/lib/folder-swap-fs.ts';
import { type Bundle, stabilisePagefind } from './pagefind-stable.ts';

/**
 * Builds the Pagefind index of a built site. Only elements marked data-pagefind-body (the unit
 * pages' text) are indexed, so every search result is a citable paragraph.
 *
 * The bundle is taken from Pagefind in memory and written here rather than by `writeFiles()`:
 * Pagefind 1.5 writes through Tokio without flushing, so a file can still be incomplete when
 * `writeFiles()` resolves and the service is closed (a CI build once shipped a truncated
 * pagefind-ui.js). The site folder is a staging copy that the build publishes only when complete
 * (scripts/build.ts), so a half-written index is never served.
 */
/** Where unit pages are in the built site (shared/DESIGN.md: `/<document>/<unit>/`). */
export const UNIT_PAGES = '*/*/index.html';

export async function buildSearchIndex(site: string): Promise<{ pages: number; files: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages: number;
  let bundle: Bundle;
  try {
    // Units are the only pages with a data-pagefind-body, and they are all /<document>/<unit>/: reading
    // the other pages (Akoma Ntoso aliases, articles, reading pages) would only be thrown away.
    const added = await index.addDirectory({ path: site, glob: UNIT_PAGES });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    pages = added.page_count;
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`pagefind: ${got.errors.join('; ')}`);
    bundle = new Map(got.files.map((file) => [file.path, file.content]));
  } finally {
    await pagefind.close();
  }
  const stable = stabilisePagefind(bundle);
  await writeFilesUnder(join(site, 'pagefind'), stable);
  return { pages, files: stable.size };
}
