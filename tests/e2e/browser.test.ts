import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site/origin.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SHOTS = `${ROOT}test-results/screenshots`;

/** The canonical origin this build takes its absolute URLs from. */
const SITE = siteUrl(process.env);

describe('reading the site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(`${ROOT}dist`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => {
      // The 404 test asks for a missing page on purpose.
      if (m.type() === 'error' && !m.location().url.endsWith('/global-plan/999/')) consoleErrors.push(`${m.location().url}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes from the home page to a document, to a paragraph, and back to its place in the text', async () => {
    await page.goto(`${server.origin}/`);
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await page.getByRole('link', { name: 'United Nations Global Plan of Action to Combat Trafficking in Persons', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/global-plan/');
    expect(await page.locator('h1').textContent()).toBe('United Nations Global Plan of Action to Combat Trafficking in Persons');
    await page.locator('article[id="38"] a.unit-label').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/global-plan/38/');
    expect(await page.locator('h1').textContent()).toContain('Paragraph 38');
    expect(await page.locator('.unit-text').textContent()).toContain('United Nations Voluntary Trust Fund for Victims of Trafficking in Persons');
    await page.screenshot({ path: `${SHOTS}/unit-38.png`, fullPage: true });
    await page.getByRole('link', { name: 'Read it in the full text' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#38');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('38');
  });

  it('opens a sub-item by its permanent anchor', async () => {
    await page.goto(`${server.origin}/wg-recommendations/m4-46/#j-iv`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('Legal fees and other costs');
    await page.goto(`${server.origin}/wg-recommendations/#m4-46-j-iv`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('Legal fees and other costs');
    await page.screenshot({ path: `${SHOTS}/wg-reading.png` });
  });

  it('walks a document with previous and next', async () => {
    await page.goto(`${server.origin}/draft-2010-07-19/10bis/`);
    await page.getByRole('link', { name: /Paragraph 13 →/u }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/draft-2010-07-19/13/');
    await page.getByRole('link', { name: /Paragraph 11 →/u }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/draft-2010-07-19/11/');
    await page.getByRole('link', { name: /← Paragraph 13/u }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/draft-2010-07-19/13/');
    expect(await page.locator('.notes').textContent()).toContain('underlying root causes of');
    await page.screenshot({ path: `${SHOTS}/draft-13.png`, fullPage: true });
  });

  it('shows footnotes and corrections beside the text they belong to', async () => {
    await page.goto(`${server.origin}/ecosoc-2006-27/pp14/`);
    await page.locator('sup a').first().click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('General Assembly resolution 55/25, annex III.');
    expect(await page.locator('.corrections').textContent()).toContain('Footnote marker 9 read as a plain digit');
    await page.screenshot({ path: `${SHOTS}/ecosoc-pp14.png`, fullPage: true });
  });

  it('answers an unknown address with the 404 page, whose links work from anywhere', async () => {
    const response = await page.goto(`${server.origin}/global-plan/999/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'See all documents' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  });

  it('copies a UN-style citation with the full permanent URL and the symbol, and offers CSL-JSON, BibTeX and RIS', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.origin}/global-plan/38/`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`General Assembly resolution 64/293, annex, para. 38 (A/RES/64/293). Available at ${SITE}global-plan/38/`);
    await page.getByText('CSL-JSON (Zotero, Mendeley)').click();
    await page.getByRole('button', { name: 'Copy CSL-JSON' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('"number": "A/RES/64/293"');
    const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { URL: string }[];
    expect(csl[0]!.URL).toBe(`${SITE}global-plan/38/`);
    await page.getByText('BibTeX', { exact: true }).click();
    expect(await page.locator('#cite-bib').textContent()).toMatch(/^@misc\{global-plan-38,/u);
    const risHref = await page.getByRole('link', { name: 'Download RIS' }).getAttribute('href');
    const risText = decodeURIComponent(risHref!.replace(/^data:[^,]*,/u, ''));
    expect(risText).toMatch(/^TY {2}- GOVDOC\r\n/u);
    expect(risText).toContain(`UR  - ${SITE}global-plan/38/\r\n`);
    expect(risText).toContain('M1  - A/RES/64/293\r\n');
    // What Zotero reads from the page itself.
    const meta = async (name: string) => page.locator(`meta[name="${name}"]`).first().getAttribute('content');
    expect(await meta('citation_title')).toBe('United Nations Global Plan of Action to Combat Trafficking in Persons');
    expect(await meta('citation_technical_report_number')).toBe('A/RES/64/293');
    expect(await meta('citation_publication_date')).toBe('2010/07/30');
    expect(await meta('citation_public_url')).toBe(`${SITE}global-plan/38/`);
    expect(await meta('DC.creator')).toBe('United Nations General Assembly');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}global-plan/38/`);
  });

  it('cites the sub-item when the address names one: para. 43 (b)', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.origin}/global-plan/43/#b`);
    expect(await page.locator('#cite-heading').textContent()).toBe('Cite this paragraph, sub-item b');
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `General Assembly resolution 64/293, annex, para. 43 (b) (A/RES/64/293). Available at ${SITE}global-plan/43/#b`,
    );
    expect(await page.locator('#cite-bib').textContent()).toContain('note = {para. 43 (b)}');
    // Moving to the whole paragraph cites the paragraph again.
    await page.evaluate(() => { location.hash = ''; });
    await expect.poll(() => page.locator('#cite-un').textContent()).toBe(
      `General Assembly resolution 64/293, annex, para. 43 (A/RES/64/293). Available at ${SITE}global-plan/43/`,
    );
  });

  it('logged no errors in the console', () => {
    expect(consoleErrors.join("\n")).toBe("");
  });
});
