import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface LoadedFile {
  url: string;
  bytes: number;
  gzip: number;
}

/** Every response `page` receives from now on, with its size. */
function recordResponses(page: import('playwright-core').Page): LoadedFile[] {
  const files: LoadedFile[] = [];
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    files.push({ url: new URL(r.url()).pathname, bytes: body.byteLength, gzip: gzipSync(body).byteLength });
  });
  return files;
}

const byUrl = (a: LoadedFile, b: LoadedFile) => (a.url < b.url ? -1 : 1);

/** Bytes, of the unit page /global-plan/38/ and of the first search on /search/. */
export interface PageWeight {
  html: number;
  htmlGzip: number;
  css: number;
  inlineJs: number;
  /** Everything the unit page loads after its HTML (its stylesheet and script, shared by every page), by path. */
  unitFiles: LoadedFile[];
  /** Everything the search page loads after its HTML for a first search, by path: since issue 11 the script-tag index, not Pagefind. */
  searchFiles: LoadedFile[];
  /** The offline download. */
  zip: number;
}

/** The weight of a unit page and of the first search on the real corpus's site, as Chromium loads them. */
export async function pageWeight(dist: string): Promise<PageWeight> {
  const html = readFileSync(join(dist, 'global-plan/38/index.html'));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const unitFiles = recordResponses(page);
    await page.goto(`${server.origin}/global-plan/38/`, { waitUntil: 'networkidle' });
    const search = await browser.newPage();
    const files = recordResponses(search);
    await search.goto(`${server.origin}/search/?q=compensation`);
    await search.locator('#search-results a').first().waitFor({ timeout: 30_000 });
    await search.waitForLoadState('networkidle');
    return {
      html: html.byteLength,
      htmlGzip: gzipSync(html).byteLength,
      css,
      inlineJs,
      unitFiles: unitFiles.filter((f) => f.url !== '/global-plan/38/').sort(byUrl),
      searchFiles: files.filter((f) => f.url !== '/search/').sort(byUrl),
      zip: statSync(join(dist, 'download/trafficking-texts-offline.zip')).size,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
