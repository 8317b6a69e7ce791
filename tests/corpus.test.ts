import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionsFile, documentsFile } from '../src/lib/document-meta.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';
import { ROOT, realIngest } from './support/project.ts';

const metas = documentsFile.parse(JSON.parse(readFileSync(`${ROOT}content/documents.json`, 'utf8')));
const corrections = correctionsFile.parse(JSON.parse(readFileSync(`${ROOT}content/corrections.json`, 'utf8')));

async function doc(id: string) {
  const { corpus } = await realIngest();
  const d = corpus.documents.find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
}

async function unit(docId: string, unitId: string) {
  const u = (await doc(docId)).units.find((x) => x.id === unitId);
  if (!u) throw new Error(`no unit ${docId}/${unitId}`);
  return u;
}

describe('the real corpus', () => {
  it('accounts for every non-blank source line', () => {
    for (const meta of metas) {
      const text = readFileSync(`${ROOT}content/sources/${meta.source}`, 'utf8');
      const parsed = parseDocument(meta, text, corrections);
      const lines = text.split('\n');
      const nonBlank = lines.flatMap((l, i) => {
        const corrected = corrections.find((c) => c.source === meta.source && c.line === i + 1);
        const shown = corrected ? l.replace(corrected.find, corrected.replace) : l;
        return shown.trim() ? [i + 1] : [];
      });
      expect([...parsed.lineRoles.keys()].sort((a, b) => a - b), meta.id).toEqual(nonBlank);
    }
  });

  it('has the units each source prints', async () => {
    const ids = async (id: string) => (await doc(id)).units.map((u) => u.id);
    expect(await ids('global-plan')).toEqual(Array.from({ length: 45 }, (_, i) => String(17 + i)));
    const fp = await ids('facilitators-proposals');
    expect(fp).toEqual(['preamble', ...Array.from({ length: 70 }, (_, i) => String(i + 1)), 'adopts', '71']);
    const draft = await ids('draft-2010-07-19');
    expect(draft.slice(0, 17)).toEqual([...Array.from({ length: 15 }, (_, i) => `pp${i + 1}`), 'op1', 'op2']);
    expect(draft).toContain('1bis');
    expect(draft).toContain('10bis');
    expect(draft).toContain('17ter');
    expect(draft).toContain('new-55-56');
    // The draft prints 13 before 11 and 69 before 67: document order is kept.
    expect(draft.indexOf('13')).toBeLessThan(draft.indexOf('11'));
    expect(draft.indexOf('69')).toBeLessThan(draft.indexOf('67'));
    const wg = await ids('wg-recommendations');
    const perMeeting = (m: number) => wg.filter((id) => id.startsWith(`m${m}-`)).length;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(perMeeting)).toEqual([23, 58, 0, 46, 44, 22, 2, 2]);
    const ecosoc = await ids('ecosoc-2006-27');
    expect(ecosoc).toEqual([...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`), ...Array.from({ length: 18 }, (_, i) => `op${i + 1}`)]);
  });

  it('cleans the garbled section headings of the Global Plan', async () => {
    expect((await unit('global-plan', '17')).section).toBe('I. Preventing trafficking in persons');
    expect((await unit('global-plan', '25')).section).toBe('II. Protecting and assisting victims of trafficking in persons');
    expect((await unit('global-plan', '43')).section).toBe('III. Prosecuting crimes of trafficking in persons');
    expect((await unit('global-plan', '61')).section).toBe('IV. Strengthening partnerships against trafficking in persons');
  });

  it('joins hard-wrapped lines and applies corrections', async () => {
    const p32 = await unit('global-plan', '32');
    expect(p32.text).toContain('psychological and social recovery');
    expect(p32.corrections).toHaveLength(1);
    expect((await unit('global-plan', '61')).text).toContain('United Nations anti-human trafficking work');
    expect((await unit('global-plan', '54')).text).toBe('Strengthen cooperation between law enforcement agencies regionally and internationally;');
    expect((await unit('global-plan', '38')).text).toMatch(/^Establish the “United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, especially women and children”, to provide/u);
  });

  it('reads sub-items, including roman numerals under a letter', async () => {
    expect((await unit('global-plan', '43')).subitems.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect((await unit('facilitators-proposals', '45')).text.split('\n').at(-1)).toBe('As stipulated by Article 5 of the Trafficking Protocol;');
    expect((await unit('facilitators-proposals', '71')).subitems.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect((await unit('ecosoc-2006-27', 'op3')).subitems.map((s) => s.id)).toEqual(['a', 'b', 'b-i', 'b-ii']);
    const m4 = (await unit('wg-recommendations', 'm4-46')).subitems.map((s) => s.id);
    expect(m4).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'i-i', 'i-ii', 'i-iii', 'j', 'j-i', 'j-ii', 'j-iii', 'j-iv', 'j-v', 'j-vi']);
    expect((await unit('wg-recommendations', 'm7-1')).subitems.map((s) => s.id)).toContain('i');
  });

  it('joins recommendations broken across page breaks', async () => {
    expect((await unit('wg-recommendations', 'm2-24')).subitems[1]!.text).toMatch(/a position of vulnerability; exploitation; and transnationality\. In addition/u);
    expect((await unit('wg-recommendations', 'm6-12')).text).toMatch(/among others, justice, law enforcement/u);
    expect((await unit('facilitators-proposals', '67')).text).toMatch(/patterns and flows at the national/u);
    expect((await unit('draft-2010-07-19', '40')).text).toMatch(/against offenders in a manner not prejudicial/u);
  });

  it('keeps placeholders as units with their status', async () => {
    expect((await unit('facilitators-proposals', '37')).status).toBe('deleted');
    const fp50 = await unit('facilitators-proposals', '50');
    expect([fp50.status, fp50.mergedInto]).toEqual(['merged', '49']);
    expect((await unit('draft-2010-07-19', '5')).status).toBe('deleted');
    const d43 = await unit('draft-2010-07-19', '43');
    expect([d43.status, d43.mergedInto]).toEqual(['merged', '42']);
  });

  it('keeps tracked changes and editors notes apart from the text', async () => {
    const pp3 = await unit('draft-2010-07-19', 'pp3');
    expect(pp3.notes.filter((n) => n.kind === 'deleted')).toHaveLength(8);
    expect(pp3.text).toContain('lack of socio-economic opportunities');
    const pp5 = await unit('draft-2010-07-19', 'pp5');
    expect(pp5.notes).toContainEqual({ kind: 'editor', text: 'Formerly PP8', line: 36 });
    expect(pp5.text).not.toContain('Formerly');
    const op2 = await unit('draft-2010-07-19', 'op2');
    expect(op2.notes[0]!.text).toBe('New Proposals by Co-Facilitators for OP2 Forthcoming at 21 July 2010 Meeting');
    expect((await unit('draft-2010-07-19', 'new-55-56')).notes.filter((n) => n.kind === 'formatted')).toHaveLength(2);
    expect((await unit('draft-2010-07-19', '2')).text).toContain('the social, economic, cultural, political and other contributing factors');
  });

  it('links footnotes to the units that mark them', async () => {
    expect((await unit('ecosoc-2006-27', 'op1')).footnotes.map((f) => f.id)).toEqual(['6', '7', '4']);
    expect((await unit('ecosoc-2006-27', 'pp14')).footnotes).toEqual([{ id: '9', text: 'General Assembly resolution 55/25, annex III.' }]);
    expect((await unit('ecosoc-2006-27', 'pp20')).footnotes.map((f) => f.id)).toEqual(['10']);
    expect((await unit('ecosoc-2006-27', 'op16')).footnotes.map((f) => f.id)).toEqual(['11']);
    expect((await unit('wg-recommendations', 'm1-2')).footnotes.map((f) => f.id)).toEqual(['1', '2']);
    expect((await unit('wg-recommendations', 'm2-46')).footnotes.map((f) => f.id)).toEqual(['5']);
  });

  it('gives every unit a unique id and a URL from the scheme', async () => {
    const { corpus } = await realIngest();
    for (const d of corpus.documents) {
      expect(d.url).toBe(`/${d.id}/`);
      expect(new Set(d.units.map((u) => u.id)).size).toBe(d.units.length);
      for (const u of d.units) {
        expect(u.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
        expect(u.url).toBe(`/${d.id}/${u.id}/`);
        expect(u.sourceLines[0]).toBeLessThanOrEqual(u.sourceLines[1]);
      }
    }
  });
});
