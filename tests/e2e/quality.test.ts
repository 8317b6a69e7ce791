import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site/origin.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every type the site has, and the variants that render differently. */
const PAGES = [
  '/',
  '/global-plan/',
  '/draft-2010-07-19/',
  '/wg-recommendations/',
  '/ecosoc-2006-27/',
  '/global-plan/38/',
  '/ecosoc-2006-27/op3/',
  '/ecosoc-2006-27/pp14/',
  '/draft-2010-07-19/13/',
  '/draft-2010-07-19/43/',
  '/facilitators-proposals/37/',
  '/wg-recommendations/m4-46/',
  '/instruments/',
  '/instruments/untoc/',
  '/instruments/trafficking-protocol/article-6/',
  '/instruments/trafficking-protocol/article-3/',
  '/instruments/glossary/',
  '/sitemap/',
  '/open-data/',
  '/drafting-history/',
  '/global-plan/43/',
  '/search/?q=victims',
  '/404.html',
  '/global-plan/5/',
  '/about/',
  '/facilitators-proposals/',
];

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

describe('quality gates in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(`${ROOT}dist`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}${path}`);
    if (path.startsWith('/search/')) await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    return { page, requests };
  }

  async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const found = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
    return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page type (${scheme} mode)`, async () => {
      const report: string[] = [];
      for (const path of PAGES) {
        const { page } = await open(path, scheme);
        for (const v of await violations(page)) report.push(`${path}: ${v}`);
        await page.close();
      }
      expect(report).toEqual([]);
    }, 120_000);
  }

  it('loads nothing from outside its own origin', async () => {
    const outside: string[] = [];
    for (const path of PAGES) {
      const { page, requests } = await open(path);
      outside.push(...requests.filter((u) => new URL(u).origin !== server.origin).map((u) => `${path}: ${u}`));
      await page.close();
    }
    expect(outside).toEqual([]);
  }, 120_000);

  it("follows the reader's dark-mode preference", async () => {
    const background = async (scheme: 'light' | 'dark') => {
      const { page } = await open('/global-plan/38/', scheme);
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.screenshot({ path: `${ROOT}test-results/screenshots/unit-${scheme}.png` });
      await page.close();
      return color;
    };
    expect(await background('light')).toBe('rgb(253, 253, 251)');
    expect(await background('dark')).toBe('rgb(23, 24, 26)');
  });

  it('prints the text without the site chrome, with the permanent address spelled out', async () => {
    const { page } = await open('/ecosoc-2006-27/op3/');
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);
    expect(await display('.site-header nav')).toBe('none');
    expect(await display('.search-box')).toBe('none');
    expect(await display('.pager')).toBe('none');
    expect(await display('.cite-this button')).toBe('none');
    expect(await display('.unit-text')).toBe('block');
    // Paper carries the full permanent URL: in the address line and in the citation.
    expect(await page.locator('.permalink').textContent()).toBe(`${siteUrl(process.env)}ecosoc-2006-27/op3/`);
    expect(await display('.permalink')).not.toBe('none');
    expect(await page.locator('#cite-un').textContent()).toContain(`Available at ${siteUrl(process.env)}ecosoc-2006-27/op3/`);
    expect(await display('.cite-this .citation')).toBe('block');
    await page.goto(`${server.origin}/ecosoc-2006-27/`);
    expect(await page.locator('article[id="op3"] > .unit-label').evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
      `" · ${siteUrl(process.env)}ecosoc-2006-27/op3/"`,
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});
