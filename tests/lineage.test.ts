import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { align, movedEdges, type AlignUnit } from '../src/lib/lineage/align.ts';
import { overlap, profile } from '../src/lib/lineage/similarity.ts';
import { wordDiff } from '../src/lib/lineage/word-diff.ts';
import { ROOT, realIngest } from './support/project.ts';

const u = (id: string, text: string, extra: Partial<AlignUnit> = {}): AlignUnit => ({ id, status: 'text', text, mergedInto: null, notes: [], ...extra });

describe('similarity', () => {
  it('measures shared phrasing, and containment both ways', () => {
    const a = profile('Protect the privacy, identity and safety of victims of trafficking in persons');
    const b = profile('Protect the privacy, identity and safety of victims of trafficking in persons before, during and after criminal proceedings and protect witnesses');
    const o = overlap(a, b);
    expect(o.aInB).toBe(1);
    expect(o.bInA).toBeLessThan(0.6);
    expect(o.dice).toBeGreaterThan(0.5);
  });
});

describe('alignment of two drafts', () => {
  const earlier = [
    u('1', 'Consistently and strongly condemn trafficking in persons as a criminal activity violating human dignity'),
    u('2', 'Conduct research and collection of disaggregated data on trafficking in persons by sex and age'),
    u('3', 'Prosecute crimes of trafficking that encompass all forms of exploitation including forced labour'),
    u('4', 'Encourage the Conference of the Parties to establish an appropriate and effective review mechanism to monitor implementation'),
    u('5', 'Establish a trust fund for victims managed by the Office on Drugs and Crime'),
    u('6', 'Strengthen cooperation between law enforcement agencies regionally and internationally'),
    u('7', 'Adopt labour laws that provide legal rights and protections for workers at high risk'),
  ];
  const later = [
    u('1', 'Consistently and strongly condemn trafficking in persons as a criminal activity violating human dignity'),
    u('6', 'Strengthen cooperation between law enforcement agencies regionally and internationally'),
    u('2', 'Conduct research and collection of suitably disaggregated data that would enable analysis'),
    u('3', 'Implement all relevant legal instruments including by prosecuting crimes of trafficking in persons that encompass all forms of exploitation', {
      notes: [{ kind: 'deleted', text: 'encourage the Conference of the Parties to establish an appropriate and effective review mechanism to monitor implementation' }],
    }),
    u('5', 'Urge the General Assembly to set up a voluntary fund with a board of trustees', { notes: [{ kind: 'editor', text: 'New Proposal for Para 5' }] }),
    u('7', 'Adopt labour laws that provide legal rights and protections for workers at high risk'),
    u('8', 'A wholly new paragraph about consumers and supply chains'),
    u('9', '[Merged with paragraph 3]', { status: 'merged', mergedInto: '3' }),
  ];
  const edges = align(earlier, later, { sameNumbering: true });
  const find = (from: string) => edges.filter((e) => e.from === from).map((e) => `${e.to}:${e.kind}:${e.evidence}`);

  it('carries on unchanged and reworded paragraphs, using the shared numbering', () => {
    expect(find('1')).toEqual(['1:unchanged:similarity']);
    expect(find('2')).toEqual(['2:reworded:similarity']);
  });

  it('reads merges from the tracked deletions and placeholders of the later text', () => {
    expect(find('4')).toEqual(['3:merged:tracked-change']);
  });

  it('finds a paragraph rewritten in its place from its position', () => {
    expect(find('5')).toEqual(['5:replaced:position']);
  });

  it('sees a paragraph that changed place', () => {
    const moved = [...movedEdges(edges, earlier, later)].map((e) => e.from);
    expect(moved).toEqual(['6']);
  });

  it('leaves a new paragraph without ancestor', () => {
    expect(edges.some((e) => e.to === '8')).toBe(false);
  });
});

describe('word diff', () => {
  it('marks removed and added words', () => {
    expect(wordDiff('Adopt measures as stipulated by Article 6', 'Adopt measures consistent with Article 6').filter((s) => s.op !== 'same').map((s) => `${s.op}:${s.text}`)).toEqual([
      'del:as stipulated by',
      'ins:consistent with',
    ]);
  });
});

describe('the drafting history of the Global Plan', () => {
  // One reviewed file per drafting chain: tests/fixtures/lineage/<name>.json lists its documents and links.
  for (const name of readdirSync(`${ROOT}tests/fixtures/lineage`).filter((f) => f.endsWith('.json')).sort()) {
    it(`matches the reviewed alignment in tests/fixtures/lineage/${name}`, async () => {
      const expected = JSON.parse(readFileSync(`${ROOT}tests/fixtures/lineage/${name}`, 'utf8')) as { documents: string[]; edges: string[] };
      const { corpus } = await realIngest();
      const actual = corpus.documents
        .filter((d) => expected.documents.includes(d.id))
        .flatMap((d) => d.units.flatMap((unit) => unit.lineage.parents.map((p) => `${p.unit} -> ${d.id}/${unit.id} (${p.kind}${p.moved ? ', moved' : ''})`)));
      expect(actual.sort()).toEqual([...expected.edges].sort());
    });
  }

  it('fills ancestors in corpus.json for every paragraph of the Global Plan, through both drafts', async () => {
    const { corpus } = await realIngest();
    const gpa = corpus.documents.find((d) => d.id === 'global-plan')!;
    for (const unit of gpa.units) expect(unit.ancestors.length, unit.id).toBeGreaterThan(0);
    expect(gpa.units.find((x) => x.id === '43')!.ancestors).toEqual([
      'draft-2010-07-19/42',
      'facilitators-proposals/42',
      'facilitators-proposals/43',
      'facilitators-proposals/44',
      'facilitators-proposals/45',
      'facilitators-proposals/46',
      'facilitators-proposals/47',
    ]);
    const draft = corpus.documents.find((d) => d.id === 'draft-2010-07-19')!;
    // Draft paragraphs before the first one the copy of the Plan holds are "not in this copy", not deleted.
    expect(draft.units.find((x) => x.id === '10bis')!.lineage.fate).toBe('not-in-copy');
    const fp = corpus.documents.find((d) => d.id === 'facilitators-proposals')!;
    expect(fp.units.filter((x) => x.lineage.fate === 'deleted').map((x) => x.id)).toEqual([]);
  });
});
