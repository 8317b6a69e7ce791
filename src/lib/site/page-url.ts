/** The site-relative URL of the page being rendered, without the base path. */
export function currentPageUrl(pathname: string, base: string): string {
  const prefix = base.replace(/\/$/u, '');
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return path.startsWith('/') ? path : `/${path}`;
}
