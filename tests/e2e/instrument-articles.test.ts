import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('following a citation to the words of the provision, in Chromium', () => {
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

  it('a pinpoint in a unit lands on the paragraph of the article, with the unit listed beside it', async () => {
    await page.goto(`${server.origin}/ecosoc-2006-27/op3/`);
    await page.locator('.unit-text a.cite', { hasText: 'article 6, paragraph 2' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/instruments/trafficking-protocol/article-6/');
    expect(new URL(page.url()).hash).toBe('#6-2');
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe('6-2');
    expect(await target.textContent()).toContain('Each State Party shall ensure that its domestic legal or administrative system');
    // Beside the paragraph: the citing unit, with the sentence that cites it.
    const beside = target.locator('aside');
    expect(await beside.getByRole('link', { name: /ECOSOC.*Operative paragraph 3/u }).count()).toBe(1);
    expect(await beside.textContent()).toContain('Treating victims and witnesses with sensitivity');
  });

  it('keeps the article anchors of the instrument page, now its table of contents', async () => {
    await page.goto(`${server.origin}/instruments/trafficking-protocol/#article-6`);
    const entry = page.locator(':target');
    expect(await entry.getAttribute('id')).toBe('article-6');
    expect(await entry.textContent()).toMatch(/cited by \d+ paragraphs?/u);
    await entry.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/instruments/trafficking-protocol/article-6/');
  });

  it('shows the definition of a term a unit uses in a disclosure opened from the keyboard', async () => {
    await page.goto(`${server.origin}/global-plan/43/`);
    const details = page.locator('details', { hasText: '“Trafficking in persons”' });
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.textContent()).toContain('shall mean the recruitment, transportation, transfer, harbouring or receipt of persons');
    await details.getByRole('link', { name: /Article 3 \(a\) in full/u }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#3-a');
    expect(await page.locator(':target').textContent()).toContain('“Trafficking in persons” shall mean');
  });

  it('lists every defined term on the glossary page', async () => {
    await page.goto(`${server.origin}/instruments/glossary/`);
    const terms = await page.locator('dt').allTextContents();
    expect(terms).toContain('“Trafficking in persons”');
    expect(terms).toContain('“Child”');
    expect(terms).toContain('“Organized criminal group”');
  });
});
