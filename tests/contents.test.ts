import { describe, expect, it } from 'vitest';
import { documentContents, missingUnitIds, standaloneLabel } from '../src/lib/site/contents.ts';

const u = (id: string, label: string, part: string | null, section: string | null) => ({ id, label, part, section });

describe('reading-page contents and labels', () => {
  it('lists each heading once, with the range of labels under it and an anchor from its words', () => {
    const units = [
      u('pp1', 'PP1', 'preambular', null),
      u('pp2', 'PP2', 'preambular', null),
      u('op1', '1', 'operative', null),
      u('m4-1', '1', 'm4', 'IV. Fourth meeting, Vienna'),
      u('m4-2', '2', 'm4', 'IV. Fourth meeting, Vienna'),
    ];
    expect(documentContents({ units } as never)).toEqual([
      { id: 's-preambular-paragraphs', heading: 'Preambular paragraphs', first: 'PP1', last: 'PP2', count: 2, startsAt: 0 },
      { id: 's-operative-paragraphs', heading: 'Operative paragraphs', first: 'OP1', last: 'OP1', count: 1, startsAt: 2 },
      { id: 's-iv-fourth-meeting-vienna', heading: 'IV. Fourth meeting, Vienna', first: '4/1', last: '4/2', count: 2, startsAt: 3 },
    ]);
  });

  it('keeps anchors unique when a heading comes back', () => {
    const units = [u('1', '1', null, 'A. Heading'), u('2', '2', null, 'B'), u('3', '3', null, 'A. Heading')];
    expect(documentContents({ units } as never).map((c) => c.id)).toEqual(['s-a-heading', 's-b', 's-a-heading-2']);
  });

  it('labels a unit so that it stands alone', () => {
    expect(standaloneLabel({ label: 'PP4', part: 'preambular' })).toBe('PP4');
    expect(standaloneLabel({ label: '4', part: 'operative' })).toBe('OP4');
    expect(standaloneLabel({ label: '36', part: 'm4' })).toBe('4/36');
    expect(standaloneLabel({ label: 'Adopts (unnumbered)', part: null })).toBe('Adopts (unnumbered)');
  });

  it('finds the plain paragraph numbers an incomplete copy lacks, and none for a complete one', () => {
    const units = ['3', '4', '6', '6bis'].map((id) => ({ id }));
    expect(missingUnitIds({ incomplete: 'Pages lost.', units } as never)).toEqual(['1', '2', '5']);
    expect(missingUnitIds({ incomplete: null, units } as never)).toEqual([]);
    expect(missingUnitIds({ incomplete: 'Pages lost.', units: [{ id: 'pp1' }] } as never)).toEqual([]);
  });
});
