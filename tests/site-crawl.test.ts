import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from './support/site-crawl.ts';

describe('the link checker itself', () => {
  const dist = mkdtempSync(join(tmpdir(), 'tt-crawl-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'a'));
  writeFileSync(join(dist, 'index.html'), '<a href="a/">ok</a><a href="a/#x">ok</a><a href="a/#missing">bad anchor</a><a href="b/">bad page</a><a href="https://example.org/">away</a><a rel="external" href="https://undocs.org/A/RES/64/293">official</a><script src="https://undocs.org/x.js"></script>');
  writeFileSync(join(dist, 'a/index.html'), '<p id="x">x</p><a href="../">up</a>');

  it('reports missing pages, missing anchors and links that leave the site, and nothing else', () => {
    expect(brokenLinks(dist).map((b) => `${b.page} ${b.href}: ${b.problem}`)).toEqual([
      '/ a/#missing: no element with id "missing"',
      '/ b/: no such file',
      '/ https://example.org/: leaves the site',
      '/ https://undocs.org/x.js: leaves the site',
    ]);
  });
});
