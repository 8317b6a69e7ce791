import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { filesUnder } from '../../scripts/files-under.ts';
import { siteUrl } from '../../src/lib/site/origin.ts';

export interface PageFile {
  /** Site-relative URL of the page ("/global-plan/17/"). */
  url: string;
  file: string;
  root: HTMLElement;
}

/** Every HTML page of a built site. */
export function sitePages(dist: string): PageFile[] {
  return filesUnder(dist)
    .filter((p) => p.endsWith('.html'))
    .map((p) => {
      const rel = `/${p}`;
      const file = join(dist, p);
      return { url: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file, root: parse(readFileSync(file, 'utf8')) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/** Official sources the site may link to (never load from): UN documents and treaty records. */
export const OFFICIAL_HOSTS = ['undocs.org', 'treaties.un.org', 'www.un.org', 'normlex.ilo.org', 'www.coe.int'];

/**
 * Resolves every href and src of every page against the built files: the target must exist and
 * so must its #anchor. Nothing may be loaded from elsewhere; the only links out are `rel="external"`
 * anchors to the official sources in `externalHosts`, and `data:` downloads. An absolute URL at the site's
 * canonical origin (canonical links) must name a page of this build.
 */
export function brokenLinks(
  dist: string,
  pages = sitePages(dist),
  base = '/',
  externalHosts = OFFICIAL_HOSTS,
  /** From disk a link to a folder shows a listing, not the page: require links to name files. */
  requireFiles = false,
): BrokenLink[] {
  const canonicalOrigin = new URL(siteUrl(process.env)).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const page = pages.find((p) => p.file === file);
      const root = page?.root ?? parse(readFileSync(file, 'utf8'));
      set = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const path = requireFiles ? `/${relative(dist, page.file).split('\\').join('/')}` : page.url;
    const pageUrl = new URL(`${base.replace(/\/$/u, '')}${path}`, 'http://site.invalid');
    const refs = page.root.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], form[action]');
    for (const el of refs) {
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      if (el.tagName === 'A' && el.hasAttribute('download') && href.startsWith('data:')) continue;
      let target = new URL(href, pageUrl);
      // The hosted page's address: it must exist in this build, but it is not read from disk.
      const hosted = target.origin === canonicalOrigin;
      if (hosted) target = new URL(`${target.pathname}${target.hash}`, pageUrl.origin);
      if (target.origin !== pageUrl.origin) {
        const outbound = el.tagName === 'A' && /\bexternal\b/u.test(el.getAttribute('rel') ?? '') && externalHosts.includes(target.hostname);
        if (!outbound) broken.push({ page: page.url, href, problem: 'leaves the site' });
        continue;
      }
      if (!target.pathname.startsWith(base)) {
        broken.push({ page: page.url, href, problem: `outside the base path ${base}` });
        continue;
      }
      let file = join(dist, decodeURIComponent(target.pathname.slice(base.length)));
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (requireFiles && !hosted) {
          broken.push({ page: page.url, href, problem: 'links to a folder, which a browser shows as a listing from disk' });
          continue;
        }
        file = join(file, 'index.html');
      }
      if (!existsSync(file)) {
        broken.push({ page: page.url, href, problem: 'no such file' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) {
        broken.push({ page: page.url, href, problem: `no element with id "${anchor}"` });
      }
    }
  }
  return broken;
}
