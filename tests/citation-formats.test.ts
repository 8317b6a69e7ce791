import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, pinpoint, unCitation } from '../src/lib/cite-as/citation-formats.ts';

const gpa = { id: 'global-plan', title: 'United Nations Global Plan of Action to Combat Trafficking in Persons', symbol: 'A/RES/64/293', date: '2010-07-30', kind: 'action-plan', authority: 'United Nations General Assembly', citeAs: 'General Assembly resolution 64/293, annex' };
const p38 = { id: '38', label: '38', part: null, section: null };

describe('citation formats', () => {
  it('writes the UN style with the pinpoint as printed', () => {
    expect(unCitation(gpa, p38)).toBe('General Assembly resolution 64/293, annex, para. 38.');
    expect(pinpoint({ id: 'pp3', label: 'PP3', part: 'preambular', section: null })).toBe('third preambular paragraph');
    expect(pinpoint({ id: 'op2', label: '2', part: 'operative', section: null })).toBe('para. 2');
    expect(pinpoint({ id: 'm4-46', label: '46', part: 'm4', section: null })).toBe('fourth meeting, recommendation 46');
    expect(pinpoint({ id: '17bis', label: '17bis', part: 'annex', section: null })).toBe('para. 17bis');
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
