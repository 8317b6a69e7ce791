import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/lib/parse/parse-document.ts';
import { bodyHtml } from '../src/lib/site/body-html.ts';
import { hasInsertions, mdastToBody, Node, type RenderNode } from '../src/lib/unit-body.ts';
import { unitToMdast } from '../src/lib/unit-mdast.ts';
import { FIXTURES, readFixture } from './support/fixtures.ts';

const parseHtml = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;

function textOf(tree: Root): string {
  const parts: string[] = [];
  visit(tree, 'text', (node) => void parts.push(node.value));
  return parts.join('');
}

function tagsOf(tree: Root): string[] {
  const tags: string[] = [];
  visit(tree, 'element', (node: Element) => void tags.push(node.tagName));
  return tags;
}

describe('a unit\'s text as HTML keeps source text as text', () => {
  const fixture = readFixture(`${FIXTURES}adversarial-text`);
  const parsed = parseDocument(fixture.meta, fixture.input);
  const html = parsed.units.map((u) => bodyHtml(mdastToBody(unitToMdast(u)), { unit: u.id, page: `/fixture/${u.id}/`, onDocumentPage: false }));

  it('prints markup-like characters as the characters themselves', () => {
    const first = parseHtml(html[0]!);
    // <script> and <b> in the source stayed text: the only element is the paragraph.
    expect(tagsOf(first)).toEqual(['p']);
    const text = textOf(first);
    for (const literal of ['{alert(1)}', '{props.x}', '<script>alert("x")</script>', "import fs from 'node:fs';", 'export const leaked = 1;', '<!-- a comment -->', 'backslash \\ and', '`code`', '&amp;', '3 < 4 > 2', 'a*b*c']) {
      expect(text).toContain(literal);
    }
  });

  it('never emits an element the tree does not describe', () => {
    for (const h of html) {
      const tags = new Set(tagsOf(parseHtml(h)));
      for (const tag of tags) expect(['p', 'em', 'strong', 'ins', 'ul', 'li', 'div', 'a', 'sup']).toContain(tag);
      expect(h).not.toMatch(/<script|<!--|<style/iu);
    }
  });
});

describe('the render tree of a unit', () => {
  const plan = readFixture(`${FIXTURES}resolution`);
  const units = parseDocument(plan.meta, plan.input).units;
  const body = (id: string) => mdastToBody(unitToMdast(units.find((u) => u.id === id)!));

  it('keeps sub-items with their printed label, roman ones inside their letter', () => {
    const op2 = body('op2');
    const b = op2.find((n) => n.t === Node.Item && n.id === 'b');
    expect(b).toMatchObject({ t: Node.Item, label: '(b)' });
    expect(b && 'c' in b && b.c.some((n) => n.t === Node.Item && n.id === 'b-i' && n.label === '(i)')).toBe(true);
  });

  it('anchors sub-items by page: #<item> on the unit page, #<unit>-<item> on the reading page', () => {
    const op2 = body('op2');
    expect(bodyHtml(op2, { unit: 'op2', page: '/fixture/op2/', onDocumentPage: false })).toContain('<div class="item" id="b-i"> <a class="item-label" href="#b-i" aria-label="Sub-item (i)">(i)</a>');
    expect(bodyHtml(op2, { unit: 'op2', page: '/fixture/', onDocumentPage: true })).toContain('<div class="item" id="op2-b-i">');
  });

  it('prints emphasis and footnote markers, and notices insertions', () => {
    expect(bodyHtml(body('op2'), { unit: 'op2', page: '/fixture/op2/', onDocumentPage: false })).toContain('<p><em>Urges</em> all Member States:</p>');
    expect(bodyHtml(body('pp1'), { unit: 'pp1', page: '/fixture/pp1/', onDocumentPage: false })).toContain('<sup><a href="#fn-1" aria-label="Footnote 1">1</a></sup>');
    expect(hasInsertions(body('pp1'))).toBe(false);
    expect(hasInsertions([{ t: Node.Paragraph, c: [{ t: Node.Insertion, c: [{ t: Node.Text, v: 'new' }] }] }])).toBe(true);
  });

  it('links a citation relative to the page it is on', () => {
    const cite: RenderNode[] = [{ t: Node.Paragraph, c: [{ t: Node.Cite, instrument: 'untoc', article: '5', target: null, c: [{ t: Node.Text, v: 'article 5' }] }] }];
    expect(bodyHtml(cite, { unit: 'op1', page: '/d/op1/', onDocumentPage: false })).toBe('<p><a class="cite" href="../../instruments/untoc/#article-5">article 5</a></p>');
    expect(bodyHtml(cite, { unit: 'op1', page: '/d/', onDocumentPage: true })).toBe('<p><a class="cite" href="../instruments/untoc/#article-5">article 5</a></p>');
  });
});
