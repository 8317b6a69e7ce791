import { Node, type RenderNode } from '../unit-body.ts';
import { escapeAttribute, escapeText } from './html.ts';
import { articleAnchor, instrumentUrl, itemAnchor, relativeHref, symbolUrl } from '../urls.ts';

/**
 * A unit's text as HTML, from the render tree the ingest wrote. Text is escaped as Astro escapes
 * it, so the page is the same whether Astro or this function printed it, and a source's `<`, `{`
 * or `import` shows as the characters themselves.
 */

export interface BodyContext {
  /** The unit the text belongs to. */
  unit: string;
  /** The site-relative URL of the page it is shown on: the unit's page or its document's reading page. */
  page: string;
  onDocumentPage: boolean;
}

function children(nodes: RenderNode[], context: BodyContext, separator = ''): string {
  return nodes.map((n) => render(n, context)).join(separator);
}

function render(node: RenderNode, context: BodyContext): string {
  switch (node.t) {
    case Node.Text:
      return escapeText(node.v);
    case Node.Paragraph:
    case Node.Emphasis:
    case Node.Strong:
    case Node.Insertion:
      return `<${node.t}>${children(node.c, context)}</${node.t}>`;
    case Node.List:
      return `<ul>\n${children(node.c, context, '\n')}\n</ul>`;
    case Node.ListItem:
      return `<li>${children(node.c, context)}</li>`;
    case Node.Item: {
      const anchor = escapeAttribute(itemAnchor(context.unit, node.id, context.onDocumentPage));
      const label = escapeText(node.label);
      return `<div class="item" id="${anchor}"> <a class="item-label" href="#${anchor}" aria-label="Sub-item ${escapeAttribute(node.label)}">${label}</a> <div class="item-body">${children(node.c, context)}</div> </div>`;
    }
    case Node.FootnoteRef: {
      const id = escapeAttribute(node.id);
      return `<sup><a href="#fn-${id}" aria-label="Footnote ${id}">${escapeText(node.id)}</a></sup>`;
    }
    case Node.Cite: {
      const target = node.target ?? `${instrumentUrl(node.instrument)}${node.article ? `#${articleAnchor(node.article)}` : ''}`;
      return `<a class="cite" href="${escapeAttribute(relativeHref(context.page, target))}">${children(node.c, context)}</a>`;
    }
    case Node.UnDocument: {
      const symbol = escapeAttribute(node.symbol);
      return `<a class="undoc" href="${escapeAttribute(symbolUrl(node.symbol))}" title="${symbol} (official document)" rel="external">${children(node.c, context)}</a>`;
    }
  }
}

/** The HTML of a unit's text: its blocks one per line, as Markdown prints them. */
export function bodyHtml(body: RenderNode[], context: BodyContext): string {
  return children(body, context, '\n');
}
