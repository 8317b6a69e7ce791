import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { offlineHref } from '../../src/lib/offline/offline-href.ts';

/**
 * The offline copy's rewrite as the build did it before issue 13, on a full parse (rehype): kept as
 * the reference that the string-level rewrite (src/lib/offline/offline-page.ts) must agree with.
 * The two differ only in bytes that rehype re-serialises, so they are compared after a round trip.
 */
const rewrite = unified()
  .use(rehypeParse)
  .use(() => (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.properties['dataOffline'] === 'omit' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      const refresh = node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh';
      if (refresh && typeof node.properties['content'] === 'string') {
        node.properties['content'] = node.properties['content'].replace(/url=(.*)$/u, (_, url: string) => `url=${offlineHref(url)}`);
      }
      for (const name of ['href', 'src', 'action'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = offlineHref(value);
      }
      return undefined;
    });
  })
  .use(rehypeStringify);

const roundTrip = unified().use(rehypeParse).use(rehypeStringify);

/** The page as the parse-based rewrite gave it. */
export const rehypeOfflinePage = (html: string): string => String(rewrite.processSync(html));

/** The page parsed and printed by rehype unchanged: what the parse-based rewrite's output is compared on. */
export const rehypeRoundTrip = (html: string): string => String(roundTrip.processSync(html));
