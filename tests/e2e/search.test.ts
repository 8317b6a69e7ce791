import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SHOTS = `${ROOT}test-results/screenshots`;

describe('search', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let offline: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(`${ROOT}dist`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    offline = mkdtempSync(join(tmpdir(), 'tt-search-'));
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(`${ROOT}dist/download/trafficking-texts-offline.zip`)))) {
      mkdirSync(dirname(join(offline, name)), { recursive: true });
      writeFileSync(join(offline, name), bytes);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(offline, { recursive: true, force: true });
  });

  const resultPaths = async (p: Page) => {
    await p.locator('#search-summary').filter({ hasText: /result/u }).waitFor();
    return p.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/index\.html$/u, '')));
  };

  async function searchFromHeader(query: string): Promise<string[]> {
    await page.goto(`${server.origin}/ecosoc-2006-27/op1/`);
    await page.getByRole('searchbox', { name: 'Search the texts' }).fill(query);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=/u);
    return resultPaths(page);
  }

  it('finds a paragraph by its short reference, "GPA 38"', async () => {
    const results = await searchFromHeader('GPA 38');
    expect(results[0]).toBe('/global-plan/38/');
  });

  it('ranks the adopted text above drafts for the same words, with an excerpt from the text around the match', async () => {
    const results = await searchFromHeader('compensation');
    const firstDraft = results.findIndex((p) => /^\/(facilitators-proposals|draft-2010-07-19)\//u.test(p));
    expect(results.indexOf('/global-plan/39/')).toBeGreaterThanOrEqual(0);
    expect(results.indexOf('/global-plan/39/')).toBeLessThan(firstDraft);
    const excerpts = await page.locator('#search-results li p').allTextContents();
    for (const text of excerpts.slice(0, 10)) {
      expect(text).toMatch(/compensat/iu);
      expect(text).not.toMatch(/Short reference|^Paragraph \d+ ·/u);
    }
    expect(await page.locator('#search-results li').first().locator('mark').first().textContent()).toMatch(/^compensation/iu);
    await page.screenshot({ path: `${SHOTS}/search-compensation-1366.png` });
  });

  it('does not match meeting dates or page chrome: "article 6" finds text that says it', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('article 6')}`);
    await resultPaths(page);
    const excerpts = await page.locator('#search-results li p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text.toLowerCase()).toContain('article');
  });

  it('keeps the query and filters in the address: shareable, and Back returns to them', async () => {
    await page.goto(`${server.origin}/search/?q=victims`);
    await resultPaths(page);
    await page.getByRole('checkbox', { name: /^Adopted text/u }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['Adopted text']);
    await page.getByRole('group', { name: 'Document' }).getByRole('checkbox', { name: /^ECOSOC/u }).check();
    await page.getByRole('group', { name: 'Document' }).getByRole('checkbox', { name: /^Global Plan of Action/u }).check();
    const url = page.url();
    const either = await resultPaths(page);
    // Two documents chosen: results from either (OR), both present.
    expect(either.some((p) => p.startsWith('/ecosoc-2006-27/'))).toBe(true);
    expect(either.some((p) => p.startsWith('/global-plan/'))).toBe(true);
    for (const p of either) expect(p).toMatch(/^\/(ecosoc-2006-27|global-plan)\//u);
    // Open a result and come back: the same search, the same filters.
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/(ecosoc-2006-27|global-plan)\/[^/]+\/\?highlight=/u);
    await page.goBack();
    expect(page.url()).toBe(url);
    expect(await resultPaths(page)).toEqual(either);
    expect(await page.getByRole('checkbox', { name: /^Adopted text/u }).isChecked()).toBe(true);
    // Back once more removes the last filter.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('document')).toEqual(['ECOSOC resolution 2006/27']);
    // A shared address opens the same search in a new tab.
    const other = await browser.newPage();
    await other.goto(url);
    expect(await resultPaths(other)).toEqual(either);
    await other.close();
  });

  it('filters by an article of an instrument: "Trafficking in Persons Protocol, art. 6"', async () => {
    await page.goto(`${server.origin}/search/?q=victims&article=${encodeURIComponent('Trafficking in Persons Protocol, art. 6')}`);
    const results = await resultPaths(page);
    expect(results.length).toBeGreaterThan(0);
    const corpus = JSON.parse(readFileSync(`${ROOT}dist/data/corpus.json`, 'utf8')) as {
      documents: { units: { url: string; references: { instrument: string; article: string | null }[] }[] }[];
    };
    const citing = new Set(corpus.documents.flatMap((d) => d.units.filter((u) => u.references.some((r) => r.instrument === 'trafficking-protocol' && r.article === '6')).map((u) => u.url)));
    for (const p of results) expect(citing.has(p), p).toBe(true);
  });

  it('on a phone, puts the filters one tap away above the results', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(`${server.origin}/search/?q=compensation`);
    await resultPaths(phone);
    const toggle = phone.getByText('Filters', { exact: true });
    const toggleBox = await toggle.boundingBox();
    const firstResult = await phone.locator('#search-results li').first().boundingBox();
    expect(toggleBox!.y).toBeLessThan(firstResult!.y);
    expect(toggleBox!.y + toggleBox!.height).toBeLessThan(800);
    await toggle.click();
    await phone.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Draft \(/u }).check();
    await expect.poll(() => new URL(phone.url()).searchParams.get('status')).toBe('Draft');
    await phone.screenshot({ path: `${SHOTS}/search-phone-390.png` });
    await phone.close();
  });

  it('gives the same results offline as online for the same query and filters', async () => {
    const disk = await browser.newPage();
    for (const query of ['q=compensation', 'q=GPA+38', 'q=victims&status=Draft', 'q=trust+fund&document=Global+Plan+of+Action']) {
      await page.goto(`${server.origin}/search/?${query}`);
      await disk.goto(`${pathToFileURL(join(offline, 'trafficking-texts/search/index.html')).href}?${query}`);
      const online = await resultPaths(page);
      const fromDisk = (await resultPaths(disk)).map((p) => p.slice(p.indexOf('/trafficking-texts/') + '/trafficking-texts'.length));
      expect(fromDisk, query).toEqual(online);
    }
    await disk.close();
  });

  it('keeps the Pagefind index to unit pages, with status, document, section, instrument and article filters', async () => {
    await page.goto(`${server.origin}/search/`);
    // A string, so that the test runner does not rewrite the browser's import().
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const filters = await pagefind.filters();
      const urlsOf = async (search) => Promise.all(search.results.map(async (r) => (await r.data()).url));
      const urls = await urlsOf(await pagefind.search('trafficking'));
      const compensation = await Promise.all((await pagefind.search('compensation')).results.slice(0, 8).map((r) => r.data()));
      return { filterNames: Object.keys(filters).sort(), status: Object.keys(filters.status || {}).sort(), urls,
        compensation: compensation.map((d) => ({ url: d.url, excerpt: d.excerpt })) };
    })()`)) as { filterNames: string[]; status: string[]; urls: string[]; compensation: { url: string; excerpt: string }[] };
    expect(found.filterNames).toEqual(['article', 'document', 'instrument', 'section', 'status']);
    expect(found.status).toEqual(['Adopted text', 'Draft']);
    for (const url of found.urls) expect(url).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/u);
    // Page chrome is not in the excerpt, and the adopted Plan's paragraph 39 comes before the drafts.
    for (const { excerpt } of found.compensation) expect(excerpt).not.toMatch(/Short reference|Paragraph \d+ ·/u);
    const urls = found.compensation.map((c) => c.url);
    expect(urls.indexOf('/global-plan/39/')).toBeGreaterThanOrEqual(0);
    const firstDraft = urls.findIndex((u) => /^\/(facilitators-proposals|draft-2010-07-19)\//u.test(u));
    if (firstDraft >= 0) expect(urls.indexOf('/global-plan/39/')).toBeLessThan(firstDraft);
  });
});
