import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSource } from '../src/lib/add-document/describe.ts';
import { buildDocument, type CorpusDocument } from '../src/lib/corpus.ts';
import { IngestError } from '../src/lib/errors.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';

/**
 * Variants of real UN texts that a conversion or a careless edit could produce. Each either gives
 * exactly the same units as the original, or stops with a named error at the right line: never a
 * silently different result.
 */
const SHARED = new URL('../../shared/un-texts/', import.meta.url).pathname;

function source(name: string): string[] {
  return readFileSync(`${SHARED}${name}`, 'utf8').split('\n');
}

function parse(name: string, lines: string[]): CorpusDocument {
  const text = lines.join('\n');
  const bytes = new TextEncoder().encode(text);
  const { meta } = describeSource(name, bytes, [], {});
  return buildDocument(meta, parseDocument(meta, text, [], name), []);
}

function units(doc: CorpusDocument) {
  return doc.units.map((u) => ({ id: u.id, text: u.text, subitems: u.subitems.map((s) => s.label), footnotes: u.footnotes.map((f) => f.id) }));
}

function error(name: string, lines: string[]): string {
  try {
    parse(name, lines);
  } catch (e) {
    if (e instanceof IngestError) return `${e.code} ${e.position.file}:${e.position.line}`;
    throw e;
  }
  return 'no error';
}

/** The 1-based line number of the line that starts with `start`. */
function lineOf(lines: string[], start: string): number {
  const i = lines.findIndex((l) => l.trimStart().startsWith(start));
  if (i < 0) throw new Error(`fixture line not found: ${start}`);
  return i + 1;
}

describe('adversarial variants of real UN texts', () => {
  it('a missing blank line between two preambular paragraphs changes nothing', () => {
    const lines = source('A_RES_80_10.txt');
    const original = units(parse('A_RES_80_10.txt', lines));
    const at = lineOf(lines, 'Recalling the Universal Declaration') - 1;
    expect(lines[at - 1]!.trim()).toBe('');
    const variant = [...lines.slice(0, at - 1), ...lines.slice(at)];
    expect(units(parse('A_RES_80_10.txt', variant))).toEqual(original);
  });

  it('a page break in the middle of a sentence keeps the paragraph whole', () => {
    const lines = source('A_RES_80_228.txt');
    const original = units(parse('A_RES_80_228.txt', lines));
    // Move the page's last lines of text ("Children, by making use ..." and the start of the next
    // paragraph) above the footnotes of the page before: the break now falls after "to the Protocol
    // to Prevent, Suppress and", mid-sentence.
    const from = lineOf(lines, 'Children, by making use') - 1;
    const to = lineOf(lines, 'Punish Trafficking in Persons, Especially Women and Children, supplementing') - 1;
    const rule = lines.findLastIndex((l, i) => i < from && /^_{5,}/u.test(l.trim()));
    const moved = lines.slice(from, to);
    const variant = [...lines.slice(0, rule), ...moved, ...lines.slice(rule, from), ...lines.slice(to)];
    const result = units(parse('A_RES_80_228.txt', variant));
    expect(result).toEqual(original);
    expect(result.find((u) => u.text.startsWith('Recognizing the role of the Working Group'))!.text).toContain(
      'which guide States Parties to the Protocol to Prevent, Suppress and Punish Trafficking in Persons',
    );
  });

  it('a digit that could be the footnote marker or a number, with nothing to decide, is an error at its line', () => {
    const lines = source('A_RES_80_10.txt');
    const at = lineOf(lines, 'Platform for Action, 8 the Durban');
    const variant = [...lines];
    variant[at - 1] = variant[at - 1]!.replace('the Durban Declaration', 'the Durban Declaration 9 and Programme');
    expect(error('A_RES_80_10.txt', variant)).toBe(`TT014 A_RES_80_10.txt:${at}`);
  });

  it('a number that stands where a marker could, but after a word that takes numbers, stays a number', () => {
    const doc = parse('A_RES_80_10.txt', source('A_RES_80_10.txt'));
    const unit = doc.units.find((u) => u.text.includes('paragraphs 1 to 10 of the annex'))!;
    expect(unit.footnotes).toEqual([]);
    expect(unit.text).toContain('as well as paragraphs 13 and 14, in which');
  });

  it('a skipped operative number stops the ingest at that paragraph', () => {
    const lines = source('A_RES_80_10.txt');
    const at = lineOf(lines, '2.');
    const variant = [...lines];
    variant[at - 1] = variant[at - 1]!.replace('2.', '3.');
    expect(error('A_RES_80_10.txt', variant)).toBe(`TT016 A_RES_80_10.txt:${at}`);
  });

  it('"2," misread for "2." is never joined to paragraph 1', () => {
    const lines = source('A_RES_80_10.txt');
    const at = lineOf(lines, '2.');
    const variant = [...lines];
    variant[at - 1] = variant[at - 1]!.replace('2.', '2,');
    expect(error('A_RES_80_10.txt', variant)).toMatch(/^TT001 A_RES_80_10\.txt:\d+$/u);
  });

  it('a sub-item label with no text after it is an error', () => {
    const lines = source('A_RES_80_228.txt');
    const at = lineOf(lines, 'To raise awareness within the United Nations system');
    const variant = [...lines.slice(0, at - 1), ...lines.slice(at + 3)];
    expect(error('A_RES_80_228.txt', variant)).toMatch(/^TT015 A_RES_80_228\.txt:\d+$/u);
  });

  it('lone CR line endings give the same units as LF', () => {
    const lines = source('A_RES_80_10.txt');
    const text = lines.join('\r');
    const { meta } = describeSource('A_RES_80_10.txt', new TextEncoder().encode(text), [], {});
    const doc = buildDocument(meta, parseDocument(meta, text, [], 'A_RES_80_10.txt'), []);
    expect(units(doc)).toEqual(units(parse('A_RES_80_10.txt', lines)));
  });

  it('a text cut off in the middle of a paragraph is refused as truncated', () => {
    const lines = source('A_RES_80_10.txt');
    const at = lineOf(lines, 'attention of all States Members of the United Nations');
    expect(error('A_RES_80_10.txt', lines.slice(0, at))).toBe(`TT020 A_RES_80_10.txt:${at}`);
  });

  it('after a page break and a comma, an unknown phrase shaped like a preambular opener stops the ingest', () => {
    const lines = source('A_RES_80_228.txt');
    const at = lineOf(lines, 'Recalling that the Inter-Agency Coordination Group was established');
    const variant = [...lines];
    variant[at - 1] = variant[at - 1]!.replace('Recalling that', 'Lamenting that');
    expect(error('A_RES_80_228.txt', variant)).toBe(`TT001 A_RES_80_228.txt:${at}`);
  });

  it('after a page break and a comma, a capitalised name continues the sentence, with a positioned warning', () => {
    const lines = source('A_RES_80_228.txt');
    const at = lineOf(lines, 'Recalling that the Inter-Agency Coordination Group was established');
    const variant = [...lines];
    variant[at - 1] = variant[at - 1]!.replace('Recalling that the', 'United Nations and the');
    const text = variant.join('\n');
    const { meta } = describeSource('A_RES_80_228.txt', new TextEncoder().encode(text), [], {});
    const parsed = parseDocument(meta, text, [], 'A_RES_80_228.txt');
    expect(parsed.warnings.map((w) => `${w.rule} ${w.position.line}`)).toEqual([`PageBreakCapital ${at}`]);
  });

  it('text right under a one-line section heading is never joined to the heading', () => {
    const file = new URL('fixtures/un-unseen/A_RES_80_3.txt', import.meta.url).pathname;
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('III. Conclusion'));
    const variant = [...lines.slice(0, at + 1), 'These commitments we make together, as States Members of the', 'United Nations, for the decade ahead.', ...lines.slice(at + 1)];
    expect(error('A_RES_80_3.txt', variant)).toBe(`TT001 A_RES_80_3.txt:${at + 2}`);
  });
});

