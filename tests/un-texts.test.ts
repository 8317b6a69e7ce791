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
/** Texts of the same kinds the parser was not written for (see its README). */
const UNSEEN = join(FIXTURES, 'un-unseen');
const files = readdirSync(SHARED).filter((f) => f.endsWith('.txt')).sort();
const unseen = readdirSync(UNSEEN).filter((f) => f.endsWith('.txt')).sort();
const AMENDMENT = 'A_80_L.20.txt';

export function summarise(file: string, dir = SHARED): string {
  const bytes = readFileSync(join(dir, file));
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

describe('unseen UN texts: tests/fixtures/un-unseen/<file> -> <file>.json', () => {
  it('finds the texts', () => expect(unseen.length).toBeGreaterThanOrEqual(14));
  for (const file of unseen.filter((f) => f !== AMENDMENT)) {
    it(file, () => {
      const actual = summarise(file, UNSEEN);
      expect(actual).toBe(expectedFile(UNSEEN, file.replace(/\.txt$/u, '.json'), actual));
    });
  }
  it('refuses an amendment to a draft as a document of its own', () => {
    expect(() => describeSource(AMENDMENT, readFileSync(join(UNSEEN, AMENDMENT)), [], {})).toThrow(/amendment to draft resolution A\/80\/L\.18/u);
  });
});
