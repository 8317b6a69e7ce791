import { z } from 'astro/zod';
import { IngestError } from './errors.ts';

/**
 * The committed list of every URL ever published (shared/DESIGN.md section 1). A URL in it that
 * the build would no longer produce stops the build unless `redirects` maps it to its new place.
 */
export const urlManifest = z.object({
  /** Every published URL, site-relative, sorted. Only `npm run manifest:add` adds to it. */
  urls: z.array(z.string().startsWith('/')),
  /** Old URL -> the URL that now holds its content. Each becomes a redirect page. */
  redirects: z.record(z.string().startsWith('/'), z.string().startsWith('/')).default({}),
});
export type UrlManifest = z.infer<typeof urlManifest>;

export const MANIFEST_FILE = 'content/url-manifest.json';

/** Checks that the build keeps every promise in the manifest; returns the redirects to emit. */
export function checkManifest(manifest: UrlManifest, produced: Set<string>): [string, string][] {
  for (const [from, to] of Object.entries(manifest.redirects)) {
    if (!produced.has(to)) {
      throw new IngestError(
        'ManifestUrlMissing',
        `the redirect ${from} -> ${to} points at a URL the build does not produce`,
        { file: MANIFEST_FILE },
        'Point the redirect at the URL that now holds this content.',
      );
    }
    if (produced.has(from)) {
      throw new IngestError(
        'InvalidManifest',
        `${from} is redirected, but the build also produces a page there`,
        { file: MANIFEST_FILE },
        'Remove the redirect, or the page, so that the URL has one meaning.',
      );
    }
  }
  const missing = manifest.urls.filter((url) => !produced.has(url) && !(url in manifest.redirects));
  if (missing.length > 0) {
    throw new IngestError(
      'ManifestUrlMissing',
      `${missing.length} published URL(s) would no longer exist: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`,
      { file: MANIFEST_FILE },
      'People cite these URLs. Restore the unit ids (check the document ids in content/documents.json and the parser), or map each old URL to its new place under "redirects".',
    );
  }
  return Object.entries(manifest.redirects);
}

/** The manifest with every produced URL added; existing entries are kept, never removed. */
export function addUrls(manifest: UrlManifest, produced: Iterable<string>): UrlManifest {
  const urls = [...new Set([...manifest.urls, ...produced])].sort();
  return { urls, redirects: manifest.redirects };
}
