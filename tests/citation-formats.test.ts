import { describe, expect, it } from 'vitest';
import { bibtex, citationMeta, cslJson, pinpoint, ris, unCitation, unCitationWithUrl } from '../src/lib/cite-as/citation-formats.ts';

const gpa = { id: 'global-plan', title: 'United Nations Global Plan of Action to Combat Trafficking in Persons', symbol: 'A/RES/64/293', date: '2010-07-30', kind: 'action-plan', authority: 'United Nations General Assembly', citeAs: 'General Assembly resolution 64/293, annex' };
const p38 = { id: '38', label: '38', part: null, section: null };

describe('citation formats', () => {
  it('writes the UN style with the pinpoint as printed', () => {
    expect(unCitation(gpa, p38)).toBe('General Assembly resolution 64/293, annex, para. 38 (A/RES/64/293).');
    expect(pinpoint({ id: 'pp3', label: 'PP3', part: 'preambular', section: null })).toBe('third preambular paragraph');
    expect(pinpoint({ id: 'op2', label: '2', part: 'operative', section: null })).toBe('para. 2');
    expect(pinpoint({ id: 'm4-46', label: '46', part: 'm4', section: null })).toBe('fourth meeting, recommendation 46');
    // A resolution's annex numbers its paragraphs afresh: the citation says which part they are in.
    expect(pinpoint({ id: '17bis', label: '17bis', part: 'annex', section: null })).toBe('annex, para. 17bis');
    expect(pinpoint({ id: 'annex-5', label: '5', part: 'annex', section: null }, { id: 'a', label: '(a)' })).toBe('annex, para. 5 (a)');
    expect(pinpoint({ id: 'annex-model-strategy-no-1', label: 'Model strategy No. 1', part: 'annex', section: null })).toBe('annex, model strategy no. 1');
    // The one unnumbered operative paragraph of a one-sentence resolution.
    expect(pinpoint({ id: 'op1', label: 'OP1', part: 'operative', section: null })).toBe('operative paragraph');
  });

  it('cites a sub-item as the UN does, whatever its printed label', () => {
    expect(pinpoint(p38, { id: 'b', label: 'b.' })).toBe('para. 38 (b)');
    expect(pinpoint(p38, { id: 'ii', label: '(ii)' })).toBe('para. 38 (ii)');
    expect(pinpoint({ id: 'm4-45', label: '45', part: 'm4', section: null }, { id: 'g', label: '(g)' })).toBe('fourth meeting, recommendation 45 (g)');
    expect(unCitationWithUrl(gpa, p38, 'https://example.test/global-plan/38/#b', { id: 'b', label: 'b.' })).toBe(
      'General Assembly resolution 64/293, annex, para. 38 (b) (A/RES/64/293). Available at https://example.test/global-plan/38/#b',
    );
  });

  it('names the symbol once, and not at all where none is known', () => {
    expect(unCitation({ ...gpa, citeAs: 'Resolution A/RES/64/293, annex' }, p38)).toBe('Resolution A/RES/64/293, annex, para. 38.');
    expect(unCitation({ ...gpa, symbol: null }, p38)).toBe('General Assembly resolution 64/293, annex, para. 38.');
  });

  it('gives RIS with CR LF line ends, and the meta tags Zotero reads', () => {
    expect(ris(gpa, p38, 'https://example.test/global-plan/38/')).toBe(
      ['TY  - GOVDOC', `TI  - ${gpa.title}`, 'AU  - United Nations General Assembly', 'PY  - 2010', 'DA  - 2010/07/30', 'M1  - A/RES/64/293', 'N1  - Cited: para. 38', 'UR  - https://example.test/global-plan/38/', 'ER  -', ''].join('\r\n'),
    );
    const meta = citationMeta({ ...gpa, symbol: null, date: null }, 'https://example.test/global-plan/');
    expect(meta.map((m) => m.name)).toEqual(['citation_title', 'citation_author', 'citation_public_url', 'citation_language', 'DC.title', 'DC.creator', 'DC.identifier', 'DC.type', 'DC.language']);
  });

  it('gives CSL-JSON that reference managers read', () => {
    expect(cslJson(gpa, p38, 'https://example.test/global-plan/38/')).toEqual({
      id: 'global-plan/38',
      type: 'legislation',
      title: gpa.title,
      authority: gpa.authority,
      author: [{ literal: gpa.authority }],
      number: 'A/RES/64/293',
      issued: { 'date-parts': [[2010, 7, 30]] },
      locator: 'para. 38',
      URL: 'https://example.test/global-plan/38/',
    });
  });

  it('gives BibTeX with special characters escaped', () => {
    const entry = bibtex({ ...gpa, title: 'A & B {50%} #1_x' }, p38, 'https://example.test/global-plan/38/');
    expect(entry).toContain('title = {A \\& B \\{50\\%\\} \\#1\\_x}');
    expect(entry).toMatch(/^@misc\{global-plan-38,\n/u);
    expect(entry).toContain('number = {A/RES/64/293}');
    expect(entry).toContain('url = {https://example.test/global-plan/38/}');
  });
});
