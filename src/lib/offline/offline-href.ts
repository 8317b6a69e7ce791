/**
 * A browser opening files from disk shows a folder listing for `17/`, not `17/index.html`. In the
 * offline copy every relative link to a folder names its index.html.
 */
export function offlineHref(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(href) || href.startsWith('//') || href.startsWith('#') || href.startsWith('/')) return href;
  const hashAt = href.search(/[?#]/u);
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const rest = hashAt < 0 ? '' : href.slice(hashAt);
  if (path === '' || path === '.' || path === './') return `index.html${rest}`;
  if (path.endsWith('/')) return `${path}index.html${rest}`;
  if (path === '..' || path.endsWith('/..')) return `${path}/index.html${rest}`;
  return href;
}
