import { z } from 'astro/zod';
import { IngestError } from './errors.ts';

/**
 * The committed list of every URL ever published (shared/DESIGN.md section 1). A URL in it that
 * the build would no longer produce stops the build unless `redirects` maps it to its new place.
 */
/**
 * One path segment of the site's URL scheme. It cannot start with a dot (so never `.` or `..`) and
 * holds no whitespace, control character, `%`, `?`, `#` or a backslash: a URL from content becomes a file
 * path under dist/ and a line of `_redirects`, where any of these would escape or break it.
 */
// `!` and `@` stand in Akoma Ntoso IRIs (`/!main~para_17/`, `eng@2010-07-30`); `:` and `*` never do, since
// `_redirects` reads them as placeholders.
const SEGMENT = '[A-Za-z0-9_~!@-][A-Za-z0-9._~!@-]*';
/** A page: `/<segment>/.../` (the root `/` included). */
export const PAGE_PATH = new RegExp(`^/(?:${SEGMENT}/)*$`, 'u');
/** A page or a file the build writes (`/data/corpus.json`). */
export const SITE_PATH = new RegExp(`^/(?:${SEGMENT}/)*(?:${SEGMENT})?$`, 'u');
/** Output folders that belong to the build's tools; a redirect page inside one would be lost or clash. */
const TOOL_FOLDERS = new Set(['_astro', 'pagefind']);

const SITE_PATH_FORM = "a site path such as /global-plan/38/: segments of letters, digits, '-', '_', '.', '~', '!', '@', none starting with '.', no spaces, control characters, '%', '?' or '#'";

/** Why an old URL of a redirect cannot be used, or null when it can. */
function redirectFromProblem(url: string): string | null {
  if (!PAGE_PATH.test(url)) return `an old URL must be ${SITE_PATH_FORM}, ending in '/' (it becomes <path>/index.html)`;
  if (url === '/') return 'the home page / cannot be redirected';
  if (TOOL_FOLDERS.has(url.split('/')[1]!)) return `an old URL cannot lie in a folder the build's tools own (${[...TOOL_FOLDERS].join(', ')})`;
  return null;
}

export const urlManifest = z.object({
  /** Every published URL, site-relative, sorted. Only `npm run manifest:add` adds to it. */
  urls: z.array(z.string().regex(SITE_PATH, { message: `must be ${SITE_PATH_FORM}` })),
  /** Old URL -> the URL that now holds its content (a page the build produces). Each becomes a redirect page. */
  redirects: z
    .record(z.string(), z.string())
    .superRefine((redirects, ctx) => {
      for (const [from, to] of Object.entries(redirects)) {
        const problem = redirectFromProblem(from);
        if (problem) ctx.addIssue({ code: 'custom', path: [from], message: problem, params: { found: from } });
        if (!SITE_PATH.test(to)) {
          ctx.addIssue({ code: 'custom', path: [from], message: `a redirect target must be ${SITE_PATH_FORM}; off-site targets are not allowed`, params: { found: to } });
        }
      }
    })
    .default({}),
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

/**
 * The `_redirects` file of static hosts: one `<from> <to> 301` line per redirect. Each URL is
 * checked again here, since a space or line break in one would add a rule of its own.
 */
export function redirectRules(redirects: readonly [string, string][], base: string): string {
  return redirects
    .map(([from, to]) => {
      if (redirectFromProblem(from) || !SITE_PATH.test(to)) {
        throw new IngestError('UnsafeUrl', `the redirect ${JSON.stringify(from)} -> ${JSON.stringify(to)} is not a pair of site paths`, { file: MANIFEST_FILE }, `Both sides must be ${SITE_PATH_FORM}.`);
      }
      return `${base}${from} ${base}${to} 301\n`;
    })
    .join('');
}
