import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instrumentsFile } from '../src/lib/cite/instrument-registry.ts';
import { pinpointAnchor, pinpointKey } from '../src/lib/cite/pinpoint.ts';
import { IngestError } from '../src/lib/errors.ts';
import { instrumentTexts } from '../src/lib/instrument-text/instrument-texts.ts';
import { paragraphAnchor, parseTreaty, type TreatyText } from '../src/lib/instrument-text/parse-treaty.ts';
import { ROOT, realIngest } from './support/project.ts';

const read = (id: string) => readFileSync(`${ROOT}content/instrument-texts/${id}.source.md`, 'utf8');

/** Every anchor an article page of this text carries. */
function anchors(text: TreatyText): Set<string> {
  const out = new Set<string>();
  for (const a of text.articles) {
    for (const p of a.paragraphs) {
      if (p.number !== null) out.add(paragraphAnchor(a.number, p.number));
      for (const s of p.subparagraphs) {
        out.add(paragraphAnchor(a.number, p.number, s.id));
        for (const i of s.items) out.add(paragraphAnchor(a.number, p.number, s.id, i.id));
      }
    }
  }
  return out;
}

describe('the treaty-shape parser on the three copies', () => {
  // The totals the copies' README gives for the English parts (items: lettered and roman; the
  // Convention's 130 include the two sub-items "a." and "b." of article 5, kept inside their item).
  it.each([
    ['trafficking-protocol', 20, 54, 23, 4],
    ['untoc', 41, 174, 128, 1],
    ['smuggling-protocol', 25, 66, 41, 4],
  ])('%s: %i articles, %i numbered paragraphs, %i items, %i chapters', (id, articles, paragraphs, items, chapters) => {
    const t = parseTreaty(read(id), id);
    expect(t.articles.map((a) => Number(a.number))).toEqual(Array.from({ length: articles }, (_, i) => i + 1));
    expect(t.articles.flatMap((a) => a.paragraphs.filter((p) => p.number !== null))).toHaveLength(paragraphs);
    expect(t.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.subparagraphs.flatMap((s) => [s, ...s.items])))).toHaveLength(items);
    expect(new Set(t.articles.map((a) => a.chapter)).size).toBe(chapters);
    expect(t.articles.every((a) => a.title.length > 0)).toBe(true);
    // Only the English part: no Dutch article ever reaches the structure.
    expect(JSON.stringify(t.articles)).not.toMatch(/Artikel|Verdrag|ter bestrijding/u);
  });

  it('records every change of wording as a correction with its reason', () => {
    const t = parseTreaty(read('trafficking-protocol'), 'trafficking-protocol');
    const article3 = t.articles[2]!.paragraphs[0]!;
    expect(article3.number).toBeNull();
    expect(article3.subparagraphs.map((s) => s.label)).toEqual(['(a)', '(b)', '(c)', '(d)']);
    expect(article3.subparagraphs[0]!.text).toMatch(/^“Trafficking in persons” shall mean/u);
    expect(article3.subparagraphs[1]!.text).toContain('subparagraph (a) of this article');
    expect(t.corrections.length).toBeGreaterThan(0);
    for (const c of t.corrections) expect(c.reason.length, JSON.stringify(c)).toBeGreaterThan(20);
    expect(t.corrections.some((c) => c.line === 38 && c.replace.includes('“Trafficking in persons”'))).toBe(true);
    const untoc = parseTreaty(read('untoc'), 'untoc');
    expect(untoc.articles[5]!.paragraphs[0]!.subparagraphs[0]!.items[0]!.text).toMatch(/^The conversion/u);
    expect(untoc.corrections.some((c) => c.line === 93)).toBe(true);
  });

  it('stops on a gap in the numbering, naming the line', () => {
    const broken = read('trafficking-protocol').replace('2.  Each State Party shall ensure that its domestic legal', '3.  Each State Party shall ensure that its domestic legal');
    expect(() => parseTreaty(broken, 'x.md')).toThrow(/paragraph 3 of article 6, where 2 was expected/u);
  });

  it('refuses a copy whose checksum differs from the registry', () => {
    const registry = instrumentsFile.parse(JSON.parse(readFileSync(`${ROOT}content/instruments.json`, 'utf8')));
    const bytes = new TextEncoder().encode(`${read('untoc')} `);
    const files = new Map([['untoc.source.md', bytes], ['trafficking-protocol.source.md', new TextEncoder().encode(read('trafficking-protocol'))], ['smuggling-protocol.source.md', new TextEncoder().encode(read('smuggling-protocol'))]]);
    try {
      instrumentTexts(registry, files);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as IngestError).format()).toMatch(/content\/instrument-texts\/untoc\.source\.md\n {2}error TT008 SourceChecksumMismatch/u);
    }
  });
});

describe('pinpoints in the corpus', () => {
  it('every pinpoint into an instrument with its text resolves to an article and an anchor that exist', async () => {
    const { corpus } = await realIngest();
    let checked = 0;
    for (const doc of corpus.documents) {
      for (const unit of doc.units) {
        for (const ref of unit.references) {
          const text = corpus.instruments.find((i) => i.id === ref.instrument)!.text;
          if (!text || ref.pinpoint?.provision !== 'article') continue;
          const where = `${doc.id}/${unit.id}: ${ref.instrument} ${pinpointKey(ref.pinpoint)}`;
          expect(text.articles.some((a) => a.number === ref.pinpoint!.number), where).toBe(true);
          const anchor = pinpointAnchor(ref.pinpoint);
          if (anchor) expect(anchors(text).has(anchor), where).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
