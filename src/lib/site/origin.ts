/**
 * The one canonical origin of the site: every citation, permanent-address line, printout,
 * `<link rel="canonical">`, the sitemap and the offline copy take their absolute URLs from it, so a
 * citation copied anywhere (online, from disk, from paper) names the hosted page.
 */

/** Where the site is published. A host elsewhere sets SITE_URL at build time. */
export const DEFAULT_SITE_URL = 'https://trafficking-texts.org/';

/**
 * The origin the build uses: SITE_URL when set, else the default. Stops on a value that is not an
 * http(s) origin, since every citation built from it would be wrong.
 */
export function siteUrl(env: Record<string, string | undefined>): string {
  const raw = env['SITE_URL'] || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL: set it to the hosting origin, e.g. https://example.org/, or leave it unset for ${DEFAULT_SITE_URL}.`);
  }
  if (!/^https?:$/u.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" must be an http(s) origin with no path (put a path in BASE_PATH): e.g. https://example.org/.`);
  }
  return url.href;
}

/** The absolute permanent URL of a site-relative path ("/global-plan/38/"), under the base path. */
export function permanentUrl(site: URL | string, base: string, path: string): string {
  return new URL(`${base.replace(/\/$/u, '')}${path}`, site).href;
}
