import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, permanentUrl, siteUrl } from '../src/lib/site/origin.ts';

describe('the canonical origin', () => {
  it('is the repository default unless SITE_URL overrides it', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: '' })).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://example.org' })).toBe('https://example.org/');
  });
  it('refuses what would make every citation wrong, saying what to set', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow(/not a URL: set it to the hosting origin/u);
    expect(() => siteUrl({ SITE_URL: 'https://example.org/texts/' })).toThrow(/no path \(put a path in BASE_PATH\)/u);
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org/' })).toThrow(/http\(s\) origin/u);
  });
  it('makes absolute permanent URLs under the base path', () => {
    expect(permanentUrl('https://example.org/', '/', '/global-plan/38/')).toBe('https://example.org/global-plan/38/');
    expect(permanentUrl('https://example.org/', '/some/prefix/', '/global-plan/38/')).toBe('https://example.org/some/prefix/global-plan/38/');
  });
});
