import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site/origin.ts';
import { launchChromium } from '../support/browser.ts';
import { buildCopy } from '../support/build-copy.ts';
import { fileDigests } from '../support/file-digests.ts';
import { nuErrors } from '../support/nu-checker.ts';
import { ROOT } from '../support/project.ts';
import { brokenLinks, sitePages } from '../support/site-crawl.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('building again', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await buildCopy();
  }, 300_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('gives a byte-identical dist/', () => {
    const first = fileDigests(`${ROOT}dist`);
    const second = fileDigests(`${copy}/dist`);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, digest]) => second.get(path) !== digest).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});

describe('a build under a base path', () => {
  const BASE = '/some/prefix/';
  let copy: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    // An old address moved to a new one, as a maintainer would record it in the manifest.
    copy = await buildCopy({ BASE_PATH: BASE }, (dir) => {
      const path = join(dir, 'content/url-manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { urls: string[]; redirects: Record<string, string> };
      manifest.urls.push('/gpa/38/');
      manifest.redirects['/gpa/38/'] = '/global-plan/38/';
      writeFileSync(path, JSON.stringify(manifest));
    });
    server = await serveStatic(`${copy}/dist`, BASE);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('has no link or anchor that misses the base path', () => {
    expect(brokenLinks(`${copy}/dist`, sitePages(`${copy}/dist`), BASE)).toEqual([]);
  });

  it('is read and searched under the prefix', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== server.origin || !url.pathname.startsWith(BASE)) outside.push(r.url());
    });
    await page.goto(`${server.origin}${BASE}`);
    await page.getByRole('link', { name: 'United Nations Global Plan of Action to Combat Trafficking in Persons', exact: true }).click();
    await page.locator('article[id="38"] a.unit-label').click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}global-plan/38/`);
    await page.getByRole('searchbox', { name: 'Search the texts' }).fill('ECOSOC 2006/27 OP3');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    await page.locator('#search-results a').first().click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}ecosoc-2006-27/op3/`);
    const missing = await page.goto(`${server.origin}${BASE}no/such/page/`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('link', { name: 'See all documents' }).click();
    expect(new URL(page.url()).pathname).toBe(BASE);
    expect(outside).toEqual([]);
  });

  it('sends a moved address on to its new place, by a redirect page and a _redirects line', async () => {
    const html = readFileSync(`${copy}/dist/gpa/38/index.html`, 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=../../global-plan/38/">');
    expect(html).toContain(`<link rel="canonical" href="${siteUrl(process.env)}${BASE.slice(1)}global-plan/38/">`);
    expect(readFileSync(`${copy}/dist/_redirects`, 'utf8')).toContain(`${BASE}gpa/38/ ${BASE}global-plan/38/ 301\n`);
    // The site's own pages are checked in html-valid.test.ts; redirect pages exist only here.
    expect(await nuErrors([`${copy}/dist/gpa/38/index.html`], `${copy}/dist`)).toEqual([]);
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}gpa/38/`);
    await page.waitForURL(`${server.origin}${BASE}global-plan/38/`);
    expect(await page.locator('h1').textContent()).toContain('Paragraph 38');
  });
});
