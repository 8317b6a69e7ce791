import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/project.ts';
import { brokenLinks, sitePages } from '../support/site-crawl.ts';

const dist = `${ROOT}dist`;

describe('the built site', () => {
  const pages = sitePages(dist);

  it('has a page per document and per unit, plus home, sitemap and 404', async () => {
    const { realIngest } = await import('../support/project.ts');
    const { corpus } = await realIngest();
    const urls = new Set(pages.map((p) => p.url));
    for (const doc of corpus.documents) {
      expect(urls.has(doc.url), doc.url).toBe(true);
      for (const unit of doc.units) expect(urls.has(unit.url), unit.url).toBe(true);
    }
    for (const url of ['/', '/sitemap/', '/404.html']) expect(urls.has(url), url).toBe(true);
  });

  it('has no broken link or anchor anywhere', () => {
    expect(pages.length).toBeGreaterThan(400);
    expect(brokenLinks(dist, pages)).toEqual([]);
  });

  it('gives every sub-item its anchors: #<item> on the unit page, #<unit>-<item> on the reading page', () => {
    const unitPage = pages.find((p) => p.url === '/ecosoc-2006-27/op3/')!;
    expect(unitPage.root.querySelector('#b-ii')?.text).toContain('Treating victims and witnesses');
    const reading = pages.find((p) => p.url === '/ecosoc-2006-27/')!;
    expect(reading.root.querySelector('#op3-b-ii')?.text).toContain('Treating victims and witnesses');
    expect(reading.root.querySelector('#op3')).not.toBeNull();
  });

  it('uses no id twice on a page', () => {
    for (const page of pages) {
      const ids = page.root.querySelectorAll('[id]').map((el) => el.getAttribute('id'));
      expect(ids.length, page.url).toBe(new Set(ids).size);
    }
  });
});
