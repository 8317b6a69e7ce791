import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

/**
 * The text of a unit as the site renders it: a small closed tree written by the ingest (after the
 * citations are linked) and turned into HTML by `site/body-html.ts`. Source characters only ever
 * sit in `text` nodes and are escaped on output, so nothing in a source can become markup or code.
 */
export enum Node {
  Text = 'text',
  Paragraph = 'p',
  Emphasis = 'em',
  Strong = 'strong',
  Insertion = 'ins',
  List = 'ul',
  ListItem = 'li',
  /** A labelled sub-item, "(a)" or "(i)"; its anchor depends on the page it is shown on. */
  Item = 'item',
  FootnoteRef = 'fn',
  /** A citation of an instrument, linked to the provision cited. */
  Cite = 'cite',
  /** A UN document symbol or resolution number, linked to the official document. */
  UnDocument = 'undoc',
}

export type RenderNode =
  | { t: Node.Text; v: string }
  | { t: Node.Paragraph | Node.Emphasis | Node.Strong | Node.Insertion | Node.List | Node.ListItem; c: RenderNode[] }
  | { t: Node.Item; id: string; label: string; c: RenderNode[] }
  | { t: Node.FootnoteRef; id: string }
  /** `target`: the site-relative URL of the provision cited; `instrument`: the instrument's page when there is none. */
  | { t: Node.Cite; instrument: string; article: string | null; target: string | null; c: RenderNode[] }
  | { t: Node.UnDocument; symbol: string; c: RenderNode[] };

type Mdast = RootContent | PhrasingContent;

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = found?.value;
  if (typeof value !== 'string') throw new Error(`<${node.name}> has no ${name} attribute: the unit's tree was not built by unit-mdast.ts`);
  return value;
}

/** The JSX elements of the unit tree (unit-mdast.ts, remark-cite.ts), by name. */
const ELEMENTS: Record<string, (node: MdxJsxFlowElement | MdxJsxTextElement, c: RenderNode[]) => RenderNode> = {
  ins: (_, c) => ({ t: Node.Insertion, c }),
  Item: (n, c) => ({ t: Node.Item, id: attribute(n, 'id'), label: attribute(n, 'label'), c }),
  FootnoteRef: (n) => ({ t: Node.FootnoteRef, id: attribute(n, 'id') }),
  Cite: (n, c) => ({
    t: Node.Cite,
    instrument: attribute(n, 'instruments').split(' ')[0]!,
    article: attribute(n, 'article') || null,
    target: attribute(n, 'target') || null,
    c,
  }),
  UnDocument: (n, c) => ({ t: Node.UnDocument, symbol: attribute(n, 'symbol'), c }),
};

function convert(node: Mdast): RenderNode {
  const children = (): RenderNode[] => ('children' in node ? (node.children as Mdast[]).map(convert) : []);
  switch (node.type) {
    case 'text':
      return { t: Node.Text, v: node.value };
    case 'paragraph':
      return { t: Node.Paragraph, c: children() };
    case 'emphasis':
      return { t: Node.Emphasis, c: children() };
    case 'strong':
      return { t: Node.Strong, c: children() };
    case 'list':
      return { t: Node.List, c: children() };
    // A tight list item holds its paragraph's words directly, as Markdown renders it.
    case 'listItem':
      return { t: Node.ListItem, c: node.children.flatMap((p) => (p.type === 'paragraph' ? p.children.map(convert) : [convert(p)])) };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const make = ELEMENTS[node.name ?? ''];
      if (!make) throw new Error(`<${node.name}> is not an element of a unit's text`);
      return make(node, children());
    }
    default:
      throw new Error(`a "${node.type}" node is not part of a unit's text`);
  }
}

/** The render tree of a unit's mdast (after its citations were linked). */
export function mdastToBody(tree: Root): RenderNode[] {
  return tree.children.map(convert);
}

/** Whether the text shows insertions of tracked changes (the page then explains the marking). */
export function hasInsertions(body: RenderNode[]): boolean {
  return body.some((n) => n.t === Node.Insertion || ('c' in n && hasInsertions(n.c)));
}
