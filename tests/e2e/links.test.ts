import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site/origin.ts';
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

  it('lists every page in sitemap.xml, and names every page canonically, at the canonical origin', async () => {
    const site = siteUrl(process.env);
    const locs = [...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    const { realIngest } = await import('../support/project.ts');
    const { corpus } = await realIngest();
    for (const doc of corpus.documents) for (const unit of doc.units) expect(locs, unit.url).toContain(`${site}${unit.url.slice(1)}`);
    for (const loc of locs) expect(loc.startsWith(site), loc).toBe(true);
    for (const page of pages.filter((p) => p.url.endsWith('/'))) {
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // A redirect page (an old URL, an Akoma Ntoso alias) names the page it leads to.
      const refresh = page.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      const target = refresh ? new URL(refresh.replace(/^0;\s*url=/u, ''), `${site}${page.url.slice(1)}`).href : `${site}${page.url.slice(1)}`;
      expect(canonical, page.url).toBe(target);
    }
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
