/**
 * `npm run manifest:add`: records every URL the current corpus publishes in content/url-manifest.json.
 * This is the reviewed step that makes URLs permanent; the build itself never writes the manifest.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { IngestError } from '../src/lib/errors.ts';
import { ingest } from '../src/lib/ingest.ts';
import { readIngestInput } from '../src/lib/ingest-fs.ts';
import { publishedUrls } from '../src/lib/published-urls.ts';
import { addUrls, MANIFEST_FILE, urlManifest } from '../src/lib/url-manifest.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const path = `${root}${MANIFEST_FILE}`;
try {
  const input = await readIngestInput(root);
  const manifest = urlManifest.parse(JSON.parse(await readFile(path, 'utf8')));
  // Check against an empty manifest: new URLs are being added, old ones must still be checked after.
  const { corpus } = ingest({ ...input, manifest: JSON.stringify({ urls: [], redirects: manifest.redirects }) });
  const next = addUrls(manifest, publishedUrls(corpus));
  await writeFile(path, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`manifest: ${next.urls.length - manifest.urls.length} URL(s) added, ${next.urls.length} in all. Review the diff and commit it.`);
} catch (error) {
  if (error instanceof IngestError) {
    console.error(error.format());
    process.exit(1);
  }
  throw error;
}
