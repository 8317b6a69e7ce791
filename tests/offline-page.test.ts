import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlinePage } from '../src/lib/offline/offline-page.ts';
import { expectedFile, FIXTURES } from './support/fixtures.ts';
import { rehypeOfflinePage, rehypeRoundTrip } from './support/rehype-offline.ts';

const dir = join(FIXTURES, 'offline-page');

describe('offline pages: tests/fixtures/offline-page/<case>/input.html (built pages) -> expected.html', () => {
  for (const name of readdirSync(dir).sort()) {
    const input = readFileSync(join(dir, name, 'input.html'), 'utf8');
    it(name, () => {
      const actual = offlinePage(input);
      expect(actual).toBe(expectedFile(join(dir, name), 'expected.html', actual));
    });
    it(`${name}: means what the parse-based rewrite gave`, () => {
      expect(rehypeRoundTrip(offlinePage(input))).toBe(rehypeOfflinePage(input));
    });
  }
});

describe('the string-level offline rewrite', () => {
  it.each([
    ['a folder link', '<a href="../17/">x</a>', '<a href="../17/index.html">x</a>'],
    ['an anchor on a folder, a query', '<a href="../#17">x</a><a href="../../search/?q=x">y</a>', '<a href="../index.html#17">x</a><a href="../../search/index.html?q=x">y</a>'],
    ['a form action and a script src', '<form action="../search/"></form><script src="./"></script>', '<form action="../search/index.html"></form><script src="index.html"></script>'],
    ['links left alone', '<a href="https://undocs.org/">x</a><a href="#fn-1">y</a><a href="../data/corpus.json">z</a>', null],
    ['single quotes and no quotes kept', "<a href='../17/'>x</a><a href=../18/>y</a>", "<a href='../17/index.html'>x</a><a href=../18/index.html>y</a>"],
    ['attribute names in any case, spaces around =', '<A HREF = "17/">x</A>', '<A HREF = "17/index.html">x</A>'],
    ['an unchanged value with references keeps its bytes', '<a href="https://x.org/?a=1&amp;b=2">x</a>', null],
    ['a changed value with references is re-escaped', "<a href=\"../it&#39;s/?a&amp;b\">x</a>", '<a href="../it\'s/index.html?a&amp;b">x</a>'],
    ['a reference that hides the query sign', '<a href="../17/&#63;q=1">x</a>', '<a href="../17/index.html?q=1">x</a>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0; url=../../global-plan/38/">', '<meta http-equiv="refresh" content="0; url=../../global-plan/38/index.html">'],
    ['content of another meta left alone', '<meta name="x" content="url=../17/">', null],
    ['no link in scripts, styles, comments, titles', '<script>const a = \'<a href="17/">\';</script><style>a[href="17/"]{}</style><!-- <a href="17/"> --><title><a href="17/"></title>', null],
    ['a script\'s end tag in any case', '<script>x</SCRIPT><a href="17/">x</a>', '<script>x</SCRIPT><a href="17/index.html">x</a>'],
    ['links inside noscript (parsed as HTML with scripting off)', '<noscript><a href="../sitemap/">x</a></noscript>', '<noscript><a href="../sitemap/index.html">x</a></noscript>'],
    ['a value holding > and the other quote', '<a title="a > \'b\'" href="17/">x</a>', '<a title="a > \'b\'" href="17/index.html">x</a>'],
    ['empty comments', '<!--><a href="17/">x</a><!---><a href="18/">y</a>', '<!--><a href="17/index.html">x</a><!---><a href="18/index.html">y</a>'],
    ['an omitted element, nested elements of its kind inside', '<div>a<div data-offline="omit">b<div>c</div>d</div>e</div>', '<div>ae</div>'],
    ['an omitted void element', '<p>a<img data-offline="omit" src="x.png">b</p>', '<p>ab</p>'],
    ['an omitted paragraph as on the home page', '<p>a</p>\n  <p data-offline="omit">\n    <a href="download/x.zip" download>Download</a> it.\n  </p>\n  <p>b</p>', '<p>a</p>\n  \n  <p>b</p>'],
    ['a page cut off inside a tag', '<a href="17/">x</a><a href="18/', '<a href="17/index.html">x</a><a href="18/'],
    ['a lone < in text', '<p>a < b and c<d</p><a href="17/">x</a>', '<p>a < b and c<d</p><a href="17/index.html">x</a>'],
  ])('%s', (_, input, expected) => {
    expect(offlinePage(input)).toBe(expected ?? input);
    expect(rehypeRoundTrip(offlinePage(input))).toBe(rehypeOfflinePage(input));
  });
});
