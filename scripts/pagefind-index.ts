import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { stabilisePagefind } from './pagefind-stable.ts';

/**
 * Builds the Pagefind index of a built site. Only elements marked data-pagefind-body (the unit
 * pages' text) are indexed, so every search result is a citable paragraph.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number }> {
  // A fresh bundle: files of an earlier index must not linger beside the new one.
  await rm(`${site}/pagefind`, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let added: Awaited<ReturnType<typeof index.addDirectory>>;
  try {
    added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await stabilisePagefind(`${site}/pagefind`);
  return { pages: added.page_count };
}
