import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Corpus, CorpusDocument, CorpusUnit } from '../src/lib/corpus.ts';
import { IngestError } from '../src/lib/errors.ts';
import { actorCode, documentIdentity, subitemEid, unitEid, unitIri, type AknSource } from '../src/lib/open-data/akn-iri.ts';
import { workIds } from '../src/lib/open-data/akn-units.ts';
import { aknXml } from '../src/lib/open-data/akn-xml.ts';
import { citationsCsv, CITATION_COLUMNS, UNIT_COLUMNS, unitsCsv } from '../src/lib/open-data/csv.ts';
import { openDataFiles, openDataUrls } from '../src/lib/open-data/files.ts';
import { jsonLdText, unitJsonLd } from '../src/lib/open-data/json-ld.ts';
import { validateAkn } from './support/akn-schema.ts';
import { realIngest } from './support/project.ts';

const source = (partial: Partial<AknSource>): AknSource => ({
  id: 'a-text',
  symbol: null,
  date: '2020-01-02',
  kind: 'resolution',
  authority: 'United Nations General Assembly',
  laterVersionOf: null,
  ...partial,
});

describe('Akoma Ntoso identifiers, derived from the metadata', () => {
  it('a General Assembly resolution: statement/deliberation, un-ga, its date, session-number', () => {
    const id = documentIdentity(source({ symbol: 'A/RES/80/9', date: '2025-11-04' }), []);
    expect(id.work).toBe('/akn/un/statement/deliberation/un-ga/2025-11-04/80-9');
    expect(id.expression).toBe('/akn/un/statement/deliberation/un-ga/2025-11-04/80-9/eng@2025-11-04');
    expect(id.manifestationThis).toBe('/akn/un/statement/deliberation/un-ga/2025-11-04/80-9/eng@2025-11-04/!main.xml');
    expect(id.name).toBe('resolution');
  });

  it('a plan adopted as the annex of a resolution is its !annex component', () => {
    const id = documentIdentity(source({ symbol: 'A/RES/64/293', date: '2010-07-30', kind: 'action-plan' }), []);
    expect(id.workThis).toBe('/akn/un/statement/deliberation/un-ga/2010-07-30/64-293/!annex');
    expect(unitIri(id, { id: '17', part: null })).toBe('/akn/un/statement/deliberation/un-ga/2010-07-30/64-293/!annex~para_17');
  });

  it('an Economic and Social Council resolution: un-ecosoc, year-number', () => {
    const id = documentIdentity(source({ symbol: 'E/RES/2006/27', date: '2006-07-27', authority: 'United Nations Economic and Social Council' }), []);
    expect(id.work).toBe('/akn/un/statement/deliberation/un-ecosoc/2006-07-27/2006-27');
    expect(unitIri(id, { id: 'op3', part: 'operative' })).toBe(`${id.work}/!main~para_3`);
    expect(unitIri(id, { id: 'pp2', part: 'preambular' })).toBe(`${id.work}/!main~preamble__container_2`);
  });

  it('a draft resolution with a symbol: its committee as actor, the symbol as number', () => {
    const id = documentIdentity(
      source({ symbol: 'A/C.3/80/L.4', kind: 'draft-resolution', authority: 'Third Committee of the General Assembly', date: '2025-10-10' }),
      [],
    );
    expect(id.work).toBe('/akn/un/statement/deliberation/un-ga-c3/2025-10-10/a-c.3-80-l.4');
    expect(id.name).toBe('resolutionDraft');
  });

  it('texts without a symbol are AKN docs numbered by their permanent slug; other bodies get their name as actor', () => {
    const id = documentIdentity(source({ id: 'wg-report', kind: 'recommendations', authority: 'Working Group on Something' }), []);
    expect(id.work).toBe('/akn/un/doc/recommendations/working-group-on-something/2020-01-02/wg-report');
    expect(actorCode('United Nations Security Council')).toBe('un-sc');
  });

  it('an undated draft is dated by the year of its first dated later version, and FRBRdate says it is a bound', () => {
    const early = source({ id: 'early', kind: 'draft', date: null });
    const middle = source({ id: 'middle', kind: 'draft', date: null, laterVersionOf: 'early' });
    const late = source({ id: 'late', kind: 'draft', date: '2010-07-19', laterVersionOf: 'middle' });
    const id = documentIdentity(early, [early, middle, late]);
    expect(id.work).toMatch(/\/2010\/early$/u);
    expect(id.expression).toMatch(/\/eng@$/u);
    expect(id.dateName).toBe('notAfter:late');
  });

  it('stops with TT060 on a kind without an AKN class, or a text with no date at all', () => {
    const unknown = () => documentIdentity(source({ kind: 'memo' }), []);
    expect(unknown).toThrowError(IngestError);
    expect(unknown).toThrowError(/memo/u);
    try {
      documentIdentity(source({ date: null }), []);
    } catch (e) {
      expect((e as IngestError).code).toBe('TT060');
      expect((e as IngestError).hint).toMatch(/date/u);
    }
  });

  it('eIds follow the naming convention, from the document numbering', () => {
    expect(unitEid({ id: '17bis', part: null })).toBe('para_17bis');
    expect(unitEid({ id: 'm4-46', part: 'm4' })).toBe('hcontainer_m4__para_46');
    expect(unitEid({ id: 'annex-5', part: 'annex' })).toBe('para_5');
    expect(subitemEid('para_43', 'b')).toBe('para_43__list_1__point_b');
    expect(subitemEid('para_46', 'j-ii')).toBe('para_46__list_1__point_j__list_1__point_ii');
  });
});

describe('the corpus as Akoma Ntoso XML', () => {
  it('every document validates against the Akoma Ntoso 3.0 schema', async () => {
    const { corpus } = await realIngest();
    const files = corpus.documents.map((d) => ({ fileName: `${d.id}.xml`, contents: aknXml(d, corpus) }));
    expect(await validateAkn(files)).toEqual([]);
  });

  it('has an eId for every unit and sub-item, an authorialNote per footnote, a ref per citation found', async () => {
    const { corpus } = await realIngest();
    for (const doc of corpus.documents) {
      const xml = aknXml(doc, corpus);
      const identity = documentIdentity(doc, corpus.documents);
      expect(xml).toContain(`<FRBRthis value="${identity.workThis}"/>`);
      for (const unit of doc.units) {
        const eId = `${unit.part === 'annex' && identity.component === 'main' ? 'att_1__' : ''}${unitEid(unit)}`;
        expect(xml, `${doc.id}/${unit.id}`).toContain(`eId="${eId}"`);
        const element = unit.part === 'preambular' ? 'item' : 'point';
        for (const s of unit.subitems) expect(xml, `${doc.id}/${unit.id} (${s.id})`).toContain(`eId="${subitemEid(eId, s.id, element)}"`);
      }
      const footnotes = doc.units.reduce((n, u) => n + u.footnotes.length, 0);
      expect(xml.match(/<authorialNote /gu)?.length ?? 0).toBe(footnotes);
      const refs = xml.match(/<ref href="\/instruments\/[a-z0-9-]+\/(#article-[^"]+)?">/gu)?.length ?? 0;
      const citations = doc.units.reduce((n, u) => n + u.references.length, 0);
      expect(refs).toBeGreaterThan(citations > 0 ? 0 : -1);
      expect(refs).toBeLessThanOrEqual(citations);
    }
  });

  it('keeps wId continuity along one-to-one drafting lines: the eId of an ancestor, where the number changed, once per file', async () => {
    const { corpus } = await realIngest();
    const units = new Map(corpus.documents.flatMap((d) => d.units.map((u) => [`${d.id}/${u.id}`, u])));
    let total = 0;
    for (const doc of corpus.documents) {
      const wIds = workIds(doc, corpus);
      total += wIds.size;
      expect(new Set(wIds.values()).size, doc.id).toBe(wIds.size);
      for (const [id, wId] of wIds) {
        const unit = doc.units.find((u) => u.id === id)!;
        expect(wId).not.toBe(unitEid(unit));
        expect(unit.ancestors.map((a) => unitEid(units.get(a)!)), `${doc.id}/${id}`).toContain(wId);
      }
      const xml = aknXml(doc, corpus);
      for (const wId of wIds.values()) expect(xml).toContain(`wId="${wId}"`);
    }
    expect(total).toBeGreaterThan(0);
  });

  it('keeps source text as data: markup-like text, quotes and control characters stay valid text', async () => {
    const { corpus } = await realIngest();
    const doc = structuredClone(corpus.documents.find((d) => d.units.some((u) => u.subitems.length > 0))!) as CorpusDocument;
    const unit = doc.units.find((u) => u.subitems.length > 0)! as CorpusUnit;
    const hostile = '<script>alert("x")</script> & ]]> \u0007 "quoted" \'single\'';
    unit.text = unit.text.replace(unit.subitems[0]!.text, `${unit.subitems[0]!.text} ${hostile}`);
    unit.subitems[0]!.text = `${unit.subitems[0]!.text} ${hostile}`;
    doc.title = `${doc.title} ${hostile}`;
    const xml = aknXml(doc, { ...corpus, documents: corpus.documents.map((d) => (d.id === doc.id ? doc : d)) });
    expect(await validateAkn([{ fileName: 'hostile.xml', contents: xml }])).toEqual([]);
    expect(xml).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; ]]&gt;  "quoted"');
    expect(xml).not.toContain('<script>');
  });
});

describe('CSV files', () => {
  const read = (csv: string) => parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

  it('units.csv has a header row and one row per unit, texts intact', async () => {
    const { corpus } = await realIngest();
    const rows = read(unitsCsv(corpus));
    const units = corpus.documents.flatMap((d) => d.units.map((u) => ({ d, u })));
    expect(rows).toHaveLength(units.length);
    expect(Object.keys(rows[0]!)).toEqual([...UNIT_COLUMNS]);
    rows.forEach((row, i) => {
      const { d, u } = units[i]!;
      expect(row).toMatchObject({ document: d.id, unit: u.id, label: u.label, text: u.text, url: u.url, symbol: d.symbol ?? '', status: u.status });
    });
  });

  it('citations.csv has one row per citation', async () => {
    const { corpus } = await realIngest();
    const rows = read(citationsCsv(corpus, (i, a) => `/instruments/${i}/${a ? `#article-${a}` : ''}`));
    const refs = corpus.documents.flatMap((d) => d.units.flatMap((u) => u.references.map((r) => ({ d, u, r }))));
    expect(rows).toHaveLength(refs.length);
    expect(Object.keys(rows[0]!)).toEqual([...CITATION_COLUMNS]);
    rows.forEach((row, i) => {
      const { d, u, r } = refs[i]!;
      expect(row).toMatchObject({ document: d.id, unit: u.id, instrument: r.instrument, article: r.article ?? '', quote: r.quote });
    });
  });

  it('quotes commas, double quotes and line breaks (RFC 4180)', () => {
    const unit = { id: 'u', label: '1', url: '/d/u/', section: 'A, "B"', status: 'text', text: 'line one,\nline "two"' } as CorpusUnit;
    const corpus = { schemaVersion: 1, instruments: [], documents: [{ id: 'd', symbol: null, units: [unit] }] } as unknown as Corpus;
    const csv = unitsCsv(corpus);
    expect(csv.startsWith('\uFEFF"document",')).toBe(true);
    expect(csv).toContain('"A, ""B"""');
    expect(read(csv)[0]).toMatchObject({ section: 'A, "B"', text: 'line one,\nline "two"' });
  });
});

describe('the open-data file set', () => {
  it('writes a data.json, an AKN alias per unit, and lists each as a published URL', async () => {
    const { corpus } = await realIngest();
    const files = new Map(openDataFiles(corpus, { site: null, base: '' }));
    const urls = new Set(openDataUrls(corpus));
    for (const doc of corpus.documents) {
      for (const unit of doc.units) {
        expect(JSON.parse(files.get(`${unit.url.slice(1)}data.json`)!)).toEqual(unit);
        expect(unit.akn).toMatch(/^\/akn\/un\//u);
        const alias = files.get(`${unit.akn!.slice(1)}/index.html`)!;
        expect(alias).toMatch(/http-equiv="refresh" content="0; url=[^"]+"/u);
        expect(urls.has(`${unit.akn}/`) && urls.has(`${unit.url}data.json`)).toBe(true);
      }
    }
    const aliases = corpus.documents.flatMap((d) => d.units.map((u) => u.akn));
    expect(new Set(aliases).size, 'AKN IRIs are unique').toBe(aliases.length);
  });
});

describe('JSON-LD', () => {
  it('no text can close its script element, and the JSON reads back unchanged', async () => {
    const { corpus } = await realIngest();
    const doc = corpus.documents[0]!;
    const unit = { ...doc.units[0]!, text: 'a </script><script>alert(1)</script> b' };
    const data = unitJsonLd(doc, unit, corpus, (u) => u);
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/iu);
    expect(JSON.parse(text)).toEqual(data);
  });
});
