import { describe, expect, it } from 'vitest';
import { isAdopted, kindName, undocsUrl } from '../src/lib/site/provenance.ts';

describe('provenance in words', () => {
  it('links a symbol to its official record, and nothing without one', () => {
    expect(undocsUrl('A/RES/64/293')).toBe('https://undocs.org/A/RES/64/293');
    expect(undocsUrl(null)).toBeNull();
  });
  it('names every kind of text in words, never the raw code', () => {
    for (const kind of ['resolution', 'draft-resolution', 'action-plan', 'draft', 'recommendations', 'report']) {
      expect(kindName(kind)).not.toContain('-');
      expect(kindName(kind)).toMatch(/^[A-Z]/u);
    }
    expect(kindName('some-new-kind')).toBe('Some new kind');
  });
  it('tells adopted texts from drafts', () => {
    expect(isAdopted('resolution')).toBe(true);
    expect(isAdopted('action-plan')).toBe(true);
    expect(isAdopted('draft')).toBe(false);
    expect(isAdopted('draft-resolution')).toBe(false);
  });
});
