import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSource } from '../src/lib/add-document/describe.ts';
import { buildDocument } from '../src/lib/corpus.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';
import { expectedFile, FIXTURES } from './support/fixtures.ts';

/**
 * Every real UN text in ../shared/un-texts/ goes in through add-document alone (no metadata by
 * hand, no corrections), and gives exactly the hand-checked result: unit ids in order, labels,
 * sub-item labels, footnote numbers per unit and first words.
 */
const SHARED = new URL('../../shared/un-texts/', import.meta.url).pathname;
const files = readdirSync(SHARED).filter((f) => f.endsWith('.txt')).sort();

export function summarise(file: string): string {
  const bytes = readFileSync(join(SHARED, file));
  const { meta } = describeSource(file, bytes, [], {});
  const doc = buildDocument(meta, parseDocument(meta, new TextDecoder().decode(bytes), [], file), []);
  const summary = {
    id: meta.id,
    kind: meta.kind,
    symbol: meta.symbol,
    date: meta.date,
    title: meta.title,
    units: doc.units.map((u) => ({
      id: u.id,
      label: u.label,
      section: u.section,
      subitems: u.subitems.map((s) => s.label),
      footnotes: u.footnotes.map((f) => f.id),
      first: u.text.split(/\s+/u).slice(0, 6).join(' '),
      lines: u.sourceLines,
    })),
    footnotes: doc.units.flatMap((u) => u.footnotes.map((f) => `${f.id} ${f.text.slice(0, 40)}`)),
  };
  return `${JSON.stringify(summary, null, 1)}\n`;
}

describe('real UN texts through add-document: ../shared/un-texts/<file> -> tests/fixtures/un-texts/<file>.json', () => {
  it('finds the texts', () => expect(files.length).toBeGreaterThanOrEqual(6));
  for (const file of files) {
    it(file, () => {
      const actual = summarise(file);
      expect(actual).toBe(expectedFile(join(FIXTURES, 'un-texts'), file.replace(/\.txt$/u, '.json'), actual));
    });
  }
});
