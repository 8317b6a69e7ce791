import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../src/lib/errors.ts';
import { publishedUrls } from '../src/lib/published-urls.ts';
import { addUrls, checkManifest, urlManifest } from '../src/lib/url-manifest.ts';
import { relativeHref } from '../src/lib/urls.ts';
import { ROOT, realIngest } from './support/project.ts';

describe('URL manifest', () => {
  const produced = new Set(['/', '/global-plan/', '/global-plan/17/']);

  it('passes when every listed URL is produced', () => {
    expect(checkManifest({ urls: ['/', '/global-plan/17/'], redirects: {} }, produced)).toEqual([]);
  });

  it('fails, naming the URL, when a published URL would disappear', () => {
    expect(() => checkManifest({ urls: ['/global-plan/16/'], redirects: {} }, produced)).toThrowError(/\/global-plan\/16\//u);
    try {
      checkManifest({ urls: ['/global-plan/16/'], redirects: {} }, produced);
    } catch (e) {
      expect((e as IngestError).code).toBe('TT010');
      expect((e as IngestError).hint).toMatch(/redirects/u);
    }
  });

  it('accepts a vanished URL that is redirected to a produced one, and returns the redirect', () => {
    const manifest = { urls: ['/global-plan/16/'], redirects: { '/global-plan/16/': '/global-plan/17/' } };
    expect(checkManifest(manifest, produced)).toEqual([['/global-plan/16/', '/global-plan/17/']]);
  });

  it('rejects a redirect to nowhere and a redirect shadowing a page', () => {
    expect(() => checkManifest({ urls: [], redirects: { '/a/': '/b/' } }, produced)).toThrowError(/does not produce/u);
    expect(() => checkManifest({ urls: [], redirects: { '/global-plan/': '/' } }, produced)).toThrowError(/also produces/u);
  });

  it('adding URLs keeps old entries and sorts', () => {
    expect(addUrls({ urls: ['/z/'], redirects: {} }, ['/a/', '/z/']).urls).toEqual(['/a/', '/z/']);
  });

  it('the committed manifest lists every URL the corpus publishes', async () => {
    const manifest = urlManifest.parse(JSON.parse(readFileSync(`${ROOT}content/url-manifest.json`, 'utf8')));
    const { corpus } = await realIngest();
    const missing = [...publishedUrls(corpus)].filter((u) => !manifest.urls.includes(u));
    expect(missing, 'run npm run manifest:add and review the diff').toEqual([]);
  });
});

describe('relative links', () => {
  it.each([
    ['/global-plan/17/', '/global-plan/#17', '../#17'],
    ['/global-plan/17/', '/', '../../'],
    ['/', '/global-plan/', 'global-plan/'],
    ['/global-plan/', '/global-plan/17/', '17/'],
    ['/global-plan/', '/global-plan/#17', '#17'],
    ['/global-plan/17/', '/global-plan/17/', './'],
    ['/global-plan/17/', '/data/corpus.json', '../../data/corpus.json'],
    ['/wg-recommendations/m4-46/', '/sources/003_c07480b5a8a3bf1b.txt', '../../sources/003_c07480b5a8a3bf1b.txt'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeHref(from, to)).toBe(expected);
  });
});
