import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { BodyNode, ParsedUnit } from './parse/document-builder.ts';
import type { Inline } from './parse/inline.ts';

/**
 * Turns a parsed unit into an mdast tree, the form the citation plugin (remark-cite) works on.
 * Sub-items, insertions and footnote markers are JSX elements of the tree: they can only come
 * from the parser's structure, never from source characters, which stay in text nodes.
 */

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function phrasing(nodes: Inline[]): PhrasingContent[] {
  return mergeText(nodes.flatMap((node): PhrasingContent[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'emphasis':
        return [{ type: 'emphasis', children: phrasing(node.children) }];
      case 'strong':
        return [{ type: 'strong', children: phrasing(node.children) }];
      case 'insertion':
        return [{ type: 'mdxJsxTextElement', name: 'ins', attributes: [], children: phrasing(node.children) }];
      // The hyperlink's target was lost in conversion; the words stay.
      case 'link':
        return phrasing(node.children);
      case 'footnoteRef':
        return [{ type: 'mdxJsxTextElement', name: 'FootnoteRef', attributes: [attr('id', node.id)], children: [] }];
    }
  }));
}

/** One text node per run of text, so that a phrase is found whole even where a lost link split it. */
function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  }
  return out;
}

function paragraph(nodes: Inline[]): Paragraph {
  return { type: 'paragraph', children: phrasing(nodes) };
}

function itemElement(unitId: string, node: Extract<BodyNode, { kind: 'item' }>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Item',
    attributes: [attr('unit', unitId), attr('id', node.id), attr('label', node.label)],
    children: [paragraph(node.inlines)],
  };
}

/** Builds the body: paragraphs, labelled sub-items (roman ones nested in their letter), bullet lists. */
export function unitToMdast(unit: ParsedUnit): Root {
  const children: RootContent[] = [];
  let parentItem: MdxJsxFlowElement | null = null;
  for (const node of unit.body) {
    if (node.kind === 'item') {
      const element = itemElement(unit.id, node);
      if (node.depth > 0 && parentItem) parentItem.children.push(element);
      else {
        children.push(element);
        parentItem = element;
      }
      continue;
    }
    parentItem = null;
    if (node.kind === 'bullet') {
      const last = children[children.length - 1];
      const item = { type: 'listItem' as const, spread: false, children: [paragraph(node.inlines)] };
      if (last?.type === 'list') last.children.push(item);
      else children.push({ type: 'list', ordered: false, spread: false, children: [item] });
      continue;
    }
    children.push(paragraph(node.inlines));
  }
  return { type: 'root', children };
}
