import { describe, expect, it } from 'vitest';
import { offlineHref } from '../src/lib/offline/offline-href.ts';

describe('links in the offline copy', () => {
  it.each([
    ['../', '../index.html'],
    ['./', 'index.html'],
    ['17/', '17/index.html'],
    ['../#17', '../index.html#17'],
    ['../../search/?q=x', '../../search/index.html?q=x'],
    ['..', '../index.html'],
    ['#fn-1', '#fn-1'],
    ['../../data/corpus.json', '../../data/corpus.json'],
    ['https://undocs.org/A/RES/64/293', 'https://undocs.org/A/RES/64/293'],
    ['/absolute/', '/absolute/'],
  ])('%s -> %s', (href, expected) => {
    expect(offlineHref(href)).toBe(expected);
  });
});
