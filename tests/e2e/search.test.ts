import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { readFileSync } from 'node:fs';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('search', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(`${ROOT}dist`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function searchFromHeader(query: string): Promise<string[]> {
    await page.goto(`${server.origin}/ecosoc-2006-27/op1/`);
    await page.getByRole('searchbox', { name: 'Search the texts' }).fill(query);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=/u);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    return page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('finds a paragraph by its short reference, "GPA 38"', async () => {
    const results = await searchFromHeader('GPA 38');
    expect(results[0]).toBe('/global-plan/38/');
    await page.screenshot({ path: `${ROOT}test-results/screenshots/search-gpa-38.png` });
  });

  it('finds recommendations by meaning words and opens them with the words highlighted', async () => {
    const results = await searchFromHeader('compensation fund');
    expect(results).toContain('/wg-recommendations/m2-49/');
    await page.locator('pagefind-results a[href*="/wg-recommendations/m2-49/"]').first().click();
    await page.waitForURL(/\/wg-recommendations\/m2-49\/\?highlight=/u);
    await page.locator('.unit-text mark').first().waitFor();
    expect((await page.locator('.unit-text mark').allTextContents()).map((t) => t.toLowerCase())).toContain('compensation');
  });

  it('indexes only unit pages, with document, section and instrument filters', async () => {
    await page.goto(`${server.origin}/search/`);
    // A string, so that the test runner does not rewrite the browser's import().
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const filters = await pagefind.filters();
      const urlsOf = async (search) => Promise.all(search.results.map(async (r) => (await r.data()).url));
      const urls = await urlsOf(await pagefind.search('trafficking'));
      const protocolUrls = await urlsOf(await pagefind.search('victims', { filters: { instrument: 'Trafficking in Persons Protocol', document: 'ECOSOC resolution 2006/27' } }));
      return { filterNames: Object.keys(filters).sort(), documents: Object.keys(filters.document || {}).length, urls, protocolUrls };
    })()`)) as { filterNames: string[]; documents: number; urls: string[]; protocolUrls: string[] };
    expect(found.filterNames).toEqual(['document', 'instrument', 'section']);
    const corpus = JSON.parse(readFileSync(`${ROOT}dist/data/corpus.json`, 'utf8')) as { documents: unknown[] };
    expect(found.documents).toBe(corpus.documents.length);
    expect(found.urls.length).toBeGreaterThan(100);
    // Every result is a unit page: /<document>/<unit>/.
    for (const url of found.urls) expect(url).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/u);
    expect(found.protocolUrls).toContain('/ecosoc-2006-27/op3/');
    for (const url of found.protocolUrls) expect(url).toMatch(/^\/ecosoc-2006-27\//u);
  });
});
