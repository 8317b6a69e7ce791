import { describe, expect, it } from 'vitest';
import { corpusIndex } from '../src/lib/site/corpus-index.ts';
import { evidenceText, historyAnchor } from '../src/lib/site/history.ts';
import { realIngest } from './support/project.ts';

const link = (evidence: string, similarity = 0.876, reason: string | null = null) =>
  ({ unit: 'd/42', kind: 'merged', evidence, similarity, moved: false, reason }) as const;
const ends = { older: 'this paragraph', newer: 'Draft, Paragraph 42' };

describe('drafting history in plain words', () => {
  it('says what each kind of evidence means, naming the paragraphs', () => {
    expect(evidenceText(link('note'), ends)).toBe('the draft’s note says this paragraph was merged into Draft, Paragraph 42');
    expect(evidenceText(link('similarity'), ends)).toBe('88% of the wording is the same');
    expect(evidenceText(link('numbering'), ends)).toBe('it keeps the same paragraph number, and 88% of the wording is the same');
    expect(evidenceText(link('containment'), ends)).toBe('most of the words of this paragraph recur in Draft, Paragraph 42');
    expect(evidenceText(link('override', 0, 'Same subject, reworded.'), ends)).toBe('checked by hand: Same subject, reworded');
    for (const e of ['similarity', 'numbering', 'note', 'tracked-change', 'containment', 'position']) {
      expect(evidenceText(link(e), ends)).not.toMatch(/aligned neighbours|containment|similarity/u);
    }
  });

  it('gives every unit of a chain a row anchor on the drafting-history page', async () => {
    const { corpus } = await realIngest();
    const index = corpusIndex(corpus);
    const chains = index.chains;
    expect(chains.length).toBeGreaterThan(0);
    const anchors = new Set<string>();
    for (const chain of chains) {
      for (const doc of chain) for (const unit of doc.units) {
        const anchor = historyAnchor(index, doc, unit);
        expect(anchor, `${doc.id}/${unit.id}`).toMatch(/^row-/u);
        anchors.add(anchor!);
      }
    }
    const outside = corpus.documents.find((d) => !chains.flat().includes(d))!;
    expect(historyAnchor(index, outside, outside.units[0]!)).toBeNull();
  });
});
