import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site/origin.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { brokenLinks } from '../support/site-crawl.ts';

describe('the offline download, opened from disk', () => {
  let dir: string;
  let site: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tt-offline-'));
    const entries = unzipSync(readFileSync(`${ROOT}dist/download/trafficking-texts-offline.zip`));
    for (const [name, bytes] of Object.entries(entries)) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    site = join(dir, 'trafficking-texts');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.location().url}: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds every page, with links that name files and anchors that exist', () => {
    expect(brokenLinks(site, undefined, '/', undefined, true)).toEqual([]);
  });

  it('is read by clicking, from the home page to a paragraph and back to its place', async () => {
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    await page.getByRole('link', { name: /^Economic and Social Council resolution 2006\/27/u }).click();
    expect(page.url()).toMatch(/\/ecosoc-2006-27\/index\.html$/u);
    await page.locator('article[id="op3"] a.unit-label').click();
    expect(page.url()).toMatch(/\/ecosoc-2006-27\/op3\/index\.html$/u);
    expect(await page.locator('h1').textContent()).toContain('Operative paragraph 3');
    await page.getByRole('link', { name: 'Read it in the full text' }).click();
    expect(page.url()).toMatch(/\/ecosoc-2006-27\/index\.html#op3$/u);
    await page.getByRole('link', { name: 'Trafficking Texts' }).click();
    expect(page.url()).toMatch(/\/trafficking-texts\/index\.html$/u);
  });

  it('copies citations with the full permanent URL, as online', async () => {
    await page.goto(pathToFileURL(join(site, 'global-plan/39/index.html')).href);
    expect(await page.locator('#cite-un').textContent()).toBe(
      `General Assembly resolution 64/293, annex, para. 39 (A/RES/64/293). Available at ${siteUrl(process.env)}global-plan/39/`,
    );
    expect(await page.locator('.permalink').textContent()).toBe(`${siteUrl(process.env)}global-plan/39/`);
    await page.goto(`${pathToFileURL(join(site, 'global-plan/43/index.html')).href}#b`);
    expect(await page.locator('#cite-un').textContent()).toContain(`para. 43 (b) (A/RES/64/293). Available at ${siteUrl(process.env)}global-plan/43/#b`);
  });

  it('searches without Pagefind, from the header box, and opens a result', async () => {
    await page.goto(pathToFileURL(join(site, 'global-plan/17/index.html')).href);
    await page.getByRole('searchbox', { name: 'Search the texts' }).fill('GPA 38');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-results a').first().waitFor();
    expect(await page.locator('#search-results a').first().textContent()).toBe('Paragraph 38 · Global Plan of Action');
    await page.screenshot({ path: `${ROOT}test-results/screenshots/offline-search.png` });
    await page.locator('#search-results a').first().click();
    expect(page.url()).toMatch(/\/global-plan\/38\/index\.html$/u);
  });

  it('filters offline results by document', async () => {
    await page.goto(`${pathToFileURL(join(site, 'search/index.html')).href}?q=victims`);
    await page.locator('#search-results a').first().waitFor();
    await page.getByRole('checkbox', { name: /^ECOSOC resolution 2006\/27/u }).check();
    expect(page.url()).toContain('document=ECOSOC+resolution+2006%2F27');
    const titles = await page.locator('#search-results a').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toContain('ECOSOC resolution 2006/27');
  });

  it('made no request off the disk and logged no error', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors.join('\n')).toBe('');
  });
});
