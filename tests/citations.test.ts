import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { footnoteCitations } from '../src/lib/cite/footnote-citations.ts';
import { pinpointAnchor, pinpointKey } from '../src/lib/cite/pinpoint.ts';
import { expandRange, readProvisions } from '../src/lib/cite/provision-grammar.ts';
import { unitReferences } from '../src/lib/cite/unit-references.ts';
import { LEVELS, labelsOf, loadCases, loadMatcher, score } from './support/citation-score.ts';
import { ROOT, realIngest } from './support/project.ts';

const matcher = loadMatcher();

/** The labels a unit with this text gets, as the ingest computes them. */
function refs(text: string, defaults = {}): string[] {
  return labelsOf(unitReferences(matcher.context(defaults).scan(text), matcher).references);
}

function provisions(text: string): string[] {
  return readProvisions(text, 0)!.pinpoints.map(pinpointKey);
}

describe('the provision grammar', () => {
  it.each([
    ['article 6, paragraph 2', ['article 6(2)']],
    ['article 3 (a)', ['article 3(a)']],
    ['article 3, subparagraph (a)', ['article 3(a)']],
    ['article 6, subparagraph 2', ['article 6(2)']],
    ['articles 24 and 25', ['article 24', 'article 25']],
    ['articles 24 to 26', ['article 24', 'article 25', 'article 26']],
    ['article 6, paragraphs 3 and 4', ['article 6(3)', 'article 6(4)']],
    ['article 6, paragraph 3 (d)', ['article 6(3)(d)']],
    ['Article 13, paragraph 1 (a)', ['article 13(1)(a)']],
    ['Article 25 paragraph 2', ['article 25(2)']],
    ['Art.32', ['article 32']],
    ['Articles of 24 and 25', ['article 24', 'article 25']],
    ['paragraphs 3 (d) and (e)', ['paragraph 3(d)', 'paragraph 3(e)']],
    ['article 5, paragraph 1 (a) (ii)', ['article 5(1)(a)(ii)']],
    ['guideline 8', ['guideline 8']],
    ['paragraphs 4 and 13', ['paragraph 4', 'paragraph 13']],
    ['rules 14.2–14.4 and 14.6', ['rule 14.2', 'rule 14.3', 'rule 14.4', 'rule 14.6']],
    ['rule 4, para. 1', ['rule 4(1)']],
    ['paras. 8 and 9, and guideline 4', ['paragraph 8', 'paragraph 9', 'guideline 4']],
    ['art. 1', ['article 1']],
    ['article 6(3)(d)', ['article 6(3)(d)']],
  ])('reads "%s"', (text, expected) => {
    expect(provisions(text)).toEqual(expected);
  });

  it('stops where the provision reference ends', () => {
    const text = 'articles 24 and 25 of the Convention';
    expect(text.slice(readProvisions(text, 0)!.end)).toBe(' of the Convention');
    expect(readProvisions('rule of law', 0)).toBeNull();
    expect(readProvisions('paragraph 2005', 0)).toBeNull();
  });

  it('expands ranges only when they are ranges', () => {
    expect(expandRange('89', '94')).toEqual(['89', '90', '91', '92', '93', '94']);
    expect(expandRange('14.2', '14.4')).toEqual(['14.2', '14.3', '14.4']);
    expect(expandRange('14.2', '15.1')).toBeNull();
    expect(expandRange('5', '3')).toBeNull();
  });

  it('gives each pinpoint the anchor of its article page', () => {
    const [p] = readProvisions('article 6, paragraph 3 (d)', 0)!.pinpoints;
    expect(pinpointAnchor(p!)).toBe('6-3-d');
    expect(pinpointAnchor(readProvisions('article 3 (a)', 0)!.pinpoints[0]!)).toBe('3-a');
    expect(pinpointAnchor(readProvisions('article 6', 0)!.pinpoints[0]!)).toBeNull();
  });
});

describe('citation detection', () => {
  it('attaches provisions to what they belong to', () => {
    expect(refs('in accordance with article 6, paragraph 2, of the Trafficking in Persons Protocol')).toEqual(['trafficking-protocol@article 6(2)']);
    expect(refs('Recalling the Organized Crime Convention, in particular its article 6,')).toEqual(['untoc', 'untoc@article 6']);
    expect(refs('as described in paragraph 44 of General Assembly resolution 64/293;')).toEqual(['global-plan-of-action@paragraph 44']);
    expect(refs('See the Tokyo Rules, rule 6.1; and the Convention on the Rights of the Child, art. 1.')).toEqual(['tokyo-rules@rule 6.1', 'crc@article 1']);
    expect(refs('in accordance with article 6, paragraph 3 (d) of the Protocol', { Protocol: 'trafficking-protocol' })).toEqual(['trafficking-protocol@article 6(3)(d)']);
    expect(refs('paragraph 2 of article 6 of the Trafficking in Persons Protocol')).toEqual(['trafficking-protocol@article 6(2)']);
    expect(refs('Recalling the Organized Crime Convention and articles 24 and 25 thereof,')).toEqual(['untoc', 'untoc@article 24', 'untoc@article 25']);
    // A provision of something that is no instrument cites nothing.
    expect(refs('the recommendations contained in paragraph 17 of the report of the Working Group')).toEqual([]);
    expect(refs('paragraphs 1 to 10 of the annex thereto')).toEqual([]);
  });

  it('resolves "the Convention" and "the Protocol" by what the text named before', () => {
    expect(refs('the Organized Crime Convention and the Protocols thereto and taking into consideration articles 32 and 37 of the Convention')).toEqual([
      'untoc',
      'trafficking-protocol',
      'smuggling-protocol',
      'firearms-protocol',
      'untoc@article 32',
      'untoc@article 37',
    ]);
    expect(refs('the Convention on the Rights of the Child and its Optional Protocols')).toEqual(['crc', 'crc-opsc', 'crc-opac']);
    // With nothing named and no default, "the Protocol" cites nothing rather than guessing.
    expect(refs('consistent with the Protocol')).toEqual([]);
  });

  it('finds instruments by short name, series and adopting resolution', () => {
    expect(refs('the previously adopted Political Declarations of 2017 and 2021')).toEqual(['political-declaration-2017', 'political-declaration-2021']);
    expect(refs('the 2030 Agenda and the Global Plan of Action are mutually reinforcing')).toEqual(['agenda-2030', 'global-plan-of-action']);
    expect(refs('contained in resolution 79/1 entitled')).toEqual(['pact-for-the-future']);
    expect(refs('the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29)')).toEqual(['ilo-p29']);
  });

  it('links resolution numbers and document symbols', () => {
    const found = matcher.context().scan('Recalling all General Assembly resolutions on measures, including resolutions 61/180, 63/194 and 64/178');
    expect(found.filter((c) => c.kind === 'document').map((c) => c.kind === 'document' && c.symbols)).toEqual([['A/RES/61/180', 'A/RES/63/194', 'A/RES/64/178']]);
    expect(matcher.context().scan('Economic and Social Council resolution 2006/27')[0]).toMatchObject({ symbols: ['E/RES/2006/27'] });
    expect(matcher.context().scan('Resolution 70/1.')[0]).toMatchObject({ symbols: ['A/RES/70/1'] });
    expect(matcher.context().scan('(CTOC/COP/WG.4/2009/2), and')[0]).toMatchObject({ symbols: ['CTOC/COP/WG.4/2009/2'] });
    expect(matcher.context().scan('HIV/AIDS and/or')).toEqual([]);
    expect(refs('CEDAW/C/GC/38.')).toEqual([]);
  });

  it('identifies instruments through footnotes, including Ibid. and treaty registration', () => {
    const found = footnoteCitations(
      [
        { id: '6', text: 'General Assembly resolution 55/25, annex I.' },
        { id: '7', text: 'Ibid., annex II.' },
        { id: '8', text: 'United Nations, Treaty Series, vol. 1577, No. 27531.' },
        { id: '9', text: 'Ibid., vols. 2171 and 2173, No. 27531.' },
      ],
      matcher,
    );
    const ids = (id: string) => labelsOf(unitReferences(found.get(id)!, matcher).references);
    expect(ids('6')).toEqual(['untoc']);
    expect(ids('7')).toEqual(['trafficking-protocol']);
    expect(ids('8')).toEqual(['crc']);
    expect(ids('9')).toEqual(['crc-opsc', 'crc-opac']);
  });

  it('reports names shaped like instruments that the registry does not know', () => {
    const text = 'Recalling the Riverside Workers Convention and the Organized Crime Convention, and the present Political Declaration,';
    const context = matcher.context();
    expect(matcher.unknownNames(text, context.scan(text))).toEqual([{ name: 'Riverside Workers Convention', start: 14 }]);
  });
});

describe('precision and recall on the labelled provision references', () => {
  for (const file of ['in-sample', 'held-out'] as const) {
    it(`${file}: instrument, article and pinpoint level`, () => {
      const cases = loadCases(file);
      const lines: string[] = [];
      for (const level of LEVELS) {
        const s = score(matcher, cases, level);
        lines.push(`${level}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (${s.tp + s.fn} labelled)`);
        if (file === 'in-sample') {
          expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
          expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
        } else {
          // Held out: never tuned on, so only a floor that catches a broken detector.
          expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
        }
      }
      console.log(`citations, ${file}: ${cases.length} cases\n  ${lines.join('\n  ')}`);
    });
  }

  it('finds the instruments a reader finds in the corpus units (hand-labelled, article level)', async () => {
    const labelled = JSON.parse(readFileSync(`${ROOT}tests/fixtures/citations/labelled.json`, 'utf8')) as { units: Record<string, string[]> };
    const { corpus } = await realIngest();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const [key, expected] of Object.entries(labelled.units)) {
      const [docId, unitId] = key.split('/');
      const unit = corpus.documents.find((d) => d.id === docId)?.units.find((u) => u.id === unitId);
      expect(unit, key).toBeDefined();
      const found = new Set(unit!.references.map((r) => (r.article ? `${r.instrument}@${r.article}` : r.instrument)));
      const want = new Set(expected);
      for (const f of found) if (want.has(f)) tp++; else { fp++; misses.push(`${key}: extra ${f}`); }
      for (const w of want) if (!found.has(w)) { fn++; misses.push(`${key}: missed ${w}`); }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`citations: ${Object.keys(labelled.units).length} units, ${tp + fn} labelled references; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('every instrument page lists exactly the units whose references name it', async () => {
    const { corpus } = await realIngest();
    for (const instrument of corpus.instruments) {
      const expected = corpus.documents.flatMap((d) => d.units.filter((u) => u.references.some((r) => r.instrument === instrument.id)).map((u) => `${d.id}/${u.id}`));
      expect([...new Set(instrument.citedBy.map((c) => c.unit))], instrument.id).toEqual(expected);
    }
  });
});
