import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { unitToMdx } from '../src/lib/emit-mdx.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';
import { FIXTURES, readFixture } from './support/fixtures.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

function nodeTypes(tree: Root): string[] {
  const types: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  return types;
}

function textOf(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text') parts.push(node.value ?? '');
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  return parts.join('');
}

describe('MDX emission keeps source text as text', () => {
  const fixture = readFixture(`${FIXTURES}adversarial-text`);
  const parsed = parseDocument(fixture.meta, fixture.input);
  const mdx = parsed.units.map((u) => unitToMdx(u, { document: 'fixture', unit: u.id, label: u.label }));

  it('produces no ESM, no expressions and no raw HTML elements from source characters', () => {
    for (const source of mdx) {
      const types = nodeTypes(parser.parse(source));
      expect(types).not.toContain('mdxjsEsm');
      expect(types).not.toContain('mdxFlowExpression');
      expect(types).not.toContain('mdxTextExpression');
      expect(types).not.toContain('html');
    }
    // The only JSX in the first unit is none at all: <script> and <b> stayed text.
    expect(nodeTypes(parser.parse(mdx[0]!))).not.toContain('mdxJsxTextElement');
  });

  it('round-trips the characters exactly', () => {
    const text = textOf(parser.parse(mdx[0]!));
    for (const literal of ['{alert(1)}', '{props.x}', '<script>alert("x")</script>', "import fs from 'node:fs';", 'export const leaked = 1;', '<!-- a comment -->', 'backslash \\ and', '`code`', '&amp;', '3 < 4 > 2', 'a*b*c']) {
      expect(text).toContain(literal);
    }
  });

  it('compiles with the MDX compiler without importing or exporting anything', async () => {
    for (const source of mdx) {
      const code = String(await compile(source.replace(/^---[\s\S]*?---\n/u, '')));
      expect(code).not.toMatch(/^import\s+fs/mu);
      expect(code).not.toMatch(/^export const leaked/mu);
    }
  });

  it('writes sub-items as Item elements with the unit, id and printed label', () => {
    const plan = readFixture(`${FIXTURES}resolution`);
    const units = parseDocument(plan.meta, plan.input).units;
    const op2 = unitToMdx(units.find((u) => u.id === 'op2')!, { document: 'fixture', unit: 'op2', label: '2' });
    expect(op2).toContain('<Item unit="op2" id="b-i" label="(i)">');
    expect(op2).toContain('*Urges* all Member States:');
    const pp1 = unitToMdx(units.find((u) => u.id === 'pp1')!, { document: 'fixture', unit: 'pp1', label: 'PP1' });
    expect(pp1).toContain('<FootnoteRef id="1" />');
  });
});
