import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SHOTS = `${ROOT}test-results/screenshots`;

/** One page of each layout, and the ones with the longest labels and widest content. */
const PAGES = [
  '/',
  '/global-plan/',
  '/facilitators-proposals/',
  '/draft-2010-07-19/',
  '/wg-recommendations/',
  '/ecosoc-2006-27/',
  '/global-plan/43/',
  '/draft-2010-07-19/new-55-56/',
  '/facilitators-proposals/adopts/',
  '/wg-recommendations/m4-45/',
  '/global-plan/5/',
  '/about/',
  '/instruments/',
  '/instruments/untoc/',
  '/drafting-history/',
  '/sitemap/',
  '/search/?q=compensation',
  '/404.html',
];

describe('reading on a phone and a desktop', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(`${ROOT}dist`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string, width: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
    const response = await page.goto(`${server.origin}${path}`);
    expect(response?.status() ?? 200, path).toBeLessThan(path === '/404.html' ? 500 : 400);
    return page;
  };

  it('fits every page into 320 px without scrolling sideways', async () => {
    const wide: string[] = [];
    for (const path of PAGES) {
      const page = await open(path, 320);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  it('never lets a label overlap its text, at 390 px and 1366 px', async () => {
    for (const width of [390, 1366]) {
      for (const path of ['/facilitators-proposals/', '/draft-2010-07-19/', '/wg-recommendations/', '/ecosoc-2006-27/']) {
        const page = await open(path, width);
        const overlaps = await page.evaluate(() =>
          [...document.querySelectorAll('article.unit')].flatMap((unit) => {
            const label = unit.querySelector(':scope > .unit-label')!.getBoundingClientRect();
            const text = unit.querySelector(':scope > .unit-text')!.getBoundingClientRect();
            const apart = label.right <= text.left + 0.5 || label.bottom <= text.top + 0.5;
            return apart ? [] : [`${unit.id}: label ${Math.round(label.left)}-${Math.round(label.right)}, text from ${Math.round(text.left)}`];
          }),
        );
        expect(overlaps, `${path} at ${width}px`).toEqual([]);
        await page.close();
      }
    }
  });

  it('labels units so that they stand alone: PP4, OP4, 4/36', async () => {
    const page = await open('/wg-recommendations/', 1366);
    expect((await page.locator('article[id="m4-36"] > .unit-label').textContent())?.trim()).toBe('4/36');
    await page.goto(`${server.origin}/ecosoc-2006-27/`);
    expect((await page.locator('article[id="pp4"] > .unit-label').textContent())?.trim()).toBe('PP4');
    expect((await page.locator('article[id="op4"] > .unit-label').textContent())?.trim()).toBe('OP4');
    await page.close();
  });

  it('gives a long document a contents list, beside the text on a wide screen and at the top on a phone', async () => {
    const desk = await open('/wg-recommendations/', 1366);
    const contents = desk.getByRole('navigation', { name: 'Contents' });
    expect(await contents.getByRole('link').count()).toBe(7);
    await contents.getByRole('link', { name: /^IV\. Fourth meeting/u }).click();
    await expect.poll(() => new URL(desk.url()).hash).toMatch(/^#s-iv-fourth-meeting/u);
    // Still in view after scrolling far down: it stays beside the text.
    await desk.mouse.wheel(0, 20_000);
    const box = await contents.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    const text = await desk.locator('article.unit').first().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(text!.x);
    await desk.screenshot({ path: `${SHOTS}/reading-contents-1366.png` });
    await desk.close();
    const phone = await open('/wg-recommendations/', 390, 'dark');
    expect(await phone.getByRole('navigation', { name: 'Contents' }).isVisible()).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/reading-contents-390-dark.png` });
    await phone.close();
  });

  it('marks the target of an address on arrival', async () => {
    for (const [path, selector] of [['/global-plan/#38', 'article[id="38"]'], ['/global-plan/43/#b', '#b']] as const) {
      const page = await open(path, 390);
      const [target, plain] = await page.evaluate(
        (sel) => [getComputedStyle(document.querySelector(sel)!).backgroundColor, getComputedStyle(document.body).backgroundColor],
        selector,
      );
      expect(target, path).not.toBe(plain);
      expect(target, path).not.toBe('rgba(0, 0, 0, 0)');
      await page.close();
    }
  });

  it('says at the address of a paragraph an incomplete copy lacks that the copy lacks it', async () => {
    const page = await open('/global-plan/5/', 390);
    expect(await page.locator('h1').textContent()).toContain('Paragraph 5');
    expect(await page.getByRole('note').textContent()).toContain('This copy lacks paragraph 5.');
    expect(await page.getByRole('link', { name: 'A/RES/64/293' }).getAttribute('href')).toBe('https://undocs.org/A/RES/64/293');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.screenshot({ path: `${SHOTS}/missing-paragraph-390.png` });
    await page.close();
  });

  it('links each document to its official record, says what kind of text it is, and keeps the fingerprint technical', async () => {
    const page = await open('/global-plan/', 1366);
    const facts = page.locator('main > dl.facts');
    expect(await facts.getByRole('link', { name: /^A\/RES\/64\/293 on the United Nations Official Document System$/u }).getAttribute('href')).toBe(
      'https://undocs.org/A/RES/64/293',
    );
    expect(await facts.textContent()).toContain('Plan of action adopted by resolution');
    expect(await facts.textContent()).not.toContain('action-plan');
    expect(await facts.textContent()).not.toContain('SHA-256');
    await page.getByText('Technical details of the source file').click();
    expect(await page.locator('details.technical').textContent()).toMatch(/SHA-256[0-9a-f]{64}/u);
    await page.goto(`${server.origin}/facilitators-proposals/`);
    expect(await page.locator('main > dl.facts').textContent()).toContain('No UN document symbol is known for this text.');
    await page.goto(`${server.origin}/ecosoc-2006-27/op3/`);
    expect(await page.getByRole('link', { name: 'E/RES/2006/27 on undocs.org' }).getAttribute('href')).toBe('https://undocs.org/E/RES/2006/27');
    await page.close();
  });

  it('has an About page: not an official UN site, the sources, corrections, licence', async () => {
    const page = await open('/', 390, 'dark');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/about/');
    expect(await page.getByRole('note').textContent()).toContain('This is not an official United Nations website.');
    for (const heading of ['What this is', 'Where each text came from', 'How corrections are made', 'Licence']) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    expect(await page.locator('.sources-list dt').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${SHOTS}/about-390-dark.png`, fullPage: true });
    await page.close();
  });

  it('leads from a paragraph to its row of the drafting history, readable on a phone, with a legend for the diffs', async () => {
    for (const [width, scheme] of [[390, 'dark'], [1366, 'light']] as const) {
      const page = await open('/global-plan/42/', width, scheme);
      const history = page.getByRole('region', { name: 'Drafting history' });
      expect(await history.locator('.diff-legend').textContent()).toContain('words removed, words added');
      expect(await history.textContent()).toContain('How we know:');
      await history.getByRole('link', { name: 'See this paragraph beside its other versions' }).click();
      await expect.poll(() => new URL(page.url()).hash).toMatch(/^#row-/u);
      await page.waitForLoadState('load');
      const row = page.locator(':target');
      await expect.poll(() => row.locator('a[href$="/global-plan/42/"]').count()).toBe(1);
      // The row is scrolled into view, not the top of the page.
      await expect.poll(async () => {
        const y = (await row.boundingBox())?.y ?? -1;
        return y >= 0 && y < 400;
      }).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SHOTS}/drafting-history-row-${width}-${scheme}.png` });
      await page.close();
    }
  });

  it('keeps deleted and inserted words apart and sub-items on their own lines in a diff', async () => {
    const page = await open('/global-plan/43/', 1366);
    const texts = await page.locator('.diff').evaluateAll((ps) =>
      ps.map((p) => ({ text: (p as HTMLElement).innerText, joined: [...p.querySelectorAll('del + ins')].filter((ins) => ins.previousSibling === ins.previousElementSibling).length })),
    );
    for (const t of texts) expect(t.joined).toBe(0);
    expect(texts.some((t) => /\na\. /u.test(t.text))).toBe(true);
    await page.close();
  });

  // One test per page, so that a slow machine does not run into one test's time limit.
  for (const path of ['/', '/facilitators-proposals/', '/draft-2010-07-19/', '/wg-recommendations/', '/global-plan/43/', '/global-plan/5/', '/drafting-history/', '/about/', '/search/?q=compensation']) {
    it(`takes screenshots of ${path} at 1366 px and 390 px, light and dark`, async () => {
      for (const width of [1366, 390]) {
        for (const scheme of ['light', 'dark'] as const) {
          const page = await open(path, width, scheme);
          const name = path.replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'home';
          await page.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png` });
          await page.close();
        }
      }
    });
  }
});
