/**
 * The permanent URL scheme (shared/DESIGN.md section 1). Every URL the site publishes is built
 * here and nowhere else; they are site-relative and end in a slash.
 */

export function documentUrl(document: string): string {
  return `/${document}/`;
}

export function unitUrl(document: string, unit: string): string {
  return `/${document}/${unit}/`;
}

/** Anchor of a unit on its document's reading page. */
export function unitAnchor(unit: string): string {
  return unit;
}

/** Anchor of a sub-item: `#<item>` on the unit page, `#<unit>-<item>` on the reading page. */
export function itemAnchor(unit: string, item: string, onDocumentPage: boolean): string {
  return onDocumentPage ? `${unit}-${item}` : item;
}

export function instrumentUrl(instrument: string): string {
  return `/instruments/${instrument}/`;
}

export function articleAnchor(article: string): string {
  return `article-${article}`;
}

/** The page of one article of an instrument whose text the site publishes (shared/DESIGN.md). */
export function articlePageUrl(instrument: string, article: string): string {
  return `/instruments/${instrument}/article-${article}/`;
}

/** The official address of a UN document symbol (the UN Library's symbol resolver). */
export function symbolUrl(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}

/** The glossary of the terms the instruments define. */
export function glossaryUrl(): string {
  return '/instruments/glossary/';
}

/**
 * The href that leads from the page at `from` to `to`, both site-relative. Relative hrefs let one
 * build work at a domain root, under a base path and from a folder on disk.
 */
export function relativeHref(from: string, to: string): string {
  const [toPath, hash] = splitHash(to);
  const fromParts = directorySegments(from);
  const toParts = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = '../'.repeat(fromParts.length - common);
  const down = toParts.slice(common).join('/');
  let path: string;
  if (down === '') path = up === '' ? './' : up;
  else path = `${up}${down}${toPath.endsWith('/') ? '/' : ''}`;
  return hash === null ? path : `${path === './' && from === toPath ? '' : path}#${hash}`;
}

/**
 * The folders of a page's URL. A page asks for dozens of links from the same URL in a row (a unit
 * page is printed in one synchronous call), so the last answer is kept.
 */
let lastPage = '';
let lastSegments: string[] = [];
function directorySegments(page: string): string[] {
  if (page !== lastPage) {
    const dir = page.endsWith('/') ? page : page.slice(0, page.lastIndexOf('/') + 1);
    lastSegments = dir.split('/').filter(Boolean);
    lastPage = page;
  }
  return lastSegments;
}

function splitHash(url: string): [string, string | null] {
  const i = url.indexOf('#');
  return i < 0 ? [url, null] : [url.slice(0, i), url.slice(i + 1)];
}
