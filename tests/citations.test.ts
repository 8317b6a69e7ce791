import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CitationMatcher } from '../src/lib/cite/citation-matcher.ts';
import { footnoteCitations } from '../src/lib/cite/footnote-citations.ts';
import { instrumentsFile } from '../src/lib/cite/instrument-registry.ts';
import { ROOT, realIngest } from './support/project.ts';

const registry = instrumentsFile.parse(JSON.parse(readFileSync(`${ROOT}content/instruments.json`, 'utf8')));
const matcher = new CitationMatcher(registry);

function cite(text: string, defaults = {}) {
  const context = matcher.context(defaults);
  return [...text.matchAll(matcher.pattern)].map((m) => context.classify(m[0])).filter((c) => c !== null);
}

describe('citation detection', () => {
  it('reads article references in their printed forms', () => {
    expect(cite('in accordance with Articles of 24 and 25 of UNTOC;')).toEqual([
      { kind: 'instrument', instruments: ['untoc'], articles: ['24', '25'], quote: 'Articles of 24 and 25 of UNTOC' },
    ]);
    expect(cite('in accordance with Art.32 of UNTOC')[0]).toMatchObject({ instruments: ['untoc'], articles: ['32'] });
    expect(cite('Article 25 paragraph 2 of UNTOC')[0]).toMatchObject({ articles: ['25'] });
    expect(cite('article 6, paragraphs 3 and 4, of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children')[0]).toMatchObject({
      instruments: ['trafficking-protocol'],
      articles: ['6'],
    });
    expect(cite('article 6, paragraph 3 (d) of the Protocol', { Protocol: 'trafficking-protocol' })[0]).toMatchObject({ articles: ['6'] });
  });

  it('resolves "the Convention" and "the Protocol" by what the text named before', () => {
    const found = cite('the Organized Crime Convention and the Protocols thereto and taking into consideration articles 32 and 37 of the Convention');
    expect(found.map((c) => (c.kind === 'instrument' ? [c.instruments, c.articles] : null))).toEqual([
      [['untoc'], []],
      [['trafficking-protocol', 'smuggling-protocol', 'firearms-protocol'], []],
      [['untoc'], ['32', '37']],
    ]);
    expect(cite('the Convention on the Rights of the Child and its Optional Protocols').map((c) => c.kind === 'instrument' && c.instruments)).toEqual([['crc'], ['crc-opsc', 'crc-opac']]);
    // With nothing named and no default, "the Protocol" cites nothing rather than guessing.
    expect(cite('consistent with the Protocol')).toEqual([]);
  });

  it('links resolution numbers and document symbols', () => {
    expect(cite('including resolutions 61/180, 63/194 and 64/178 after General Assembly').at(0)).toBeUndefined();
    expect(cite('Recalling all General Assembly resolutions on measures, including resolutions 61/180, 63/194 and 64/178')).toEqual([
      { kind: 'document', symbols: ['A/RES/61/180', 'A/RES/63/194', 'A/RES/64/178'], quote: 'resolutions 61/180, 63/194 and 64/178' },
    ]);
    expect(cite('Economic and Social Council resolution 2006/27')[0]).toMatchObject({ symbols: ['E/RES/2006/27'] });
    expect(cite('(CTOC/COP/WG.4/2009/2), and')[0]).toMatchObject({ symbols: ['CTOC/COP/WG.4/2009/2'] });
    expect(cite('HIV/AIDS and/or')).toEqual([]);
  });

  it('identifies instruments through footnotes, including Ibid.', () => {
    const found = footnoteCitations(
      [
        { id: '6', text: 'General Assembly resolution 55/25, annex I.' },
        { id: '7', text: 'Ibid., annex II.' },
        { id: '8', text: 'CEB/2005/HLCP/IX/CRP.7, annex A.' },
      ],
      matcher,
    );
    expect(found.get('6')!.filter((c) => c.kind === 'instrument').map((c) => c.kind === 'instrument' && c.instruments)).toEqual([['untoc']]);
    expect(found.get('7')!.filter((c) => c.kind === 'instrument').map((c) => c.kind === 'instrument' && c.instruments)).toEqual([['trafficking-protocol']]);
    expect(found.get('8')).toEqual([{ kind: 'document', symbols: ['CEB/2005/HLCP/IX/CRP.7'], quote: 'CEB/2005/HLCP/IX/CRP.7' }]);
  });

  it('every instrument in the registry has a valid, unique id and compiles', () => {
    expect(new Set(registry.map((i) => i.id)).size).toBe(registry.length);
    for (const i of registry) for (const p of [...i.patterns, ...i.footnotes]) expect(() => new RegExp(p, 'u')).not.toThrow();
  });
});

describe('precision and recall against the hand-labelled set', () => {
  it('finds the instruments a reader finds', async () => {
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
