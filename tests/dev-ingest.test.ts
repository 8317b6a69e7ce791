import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, copyProject } from '../scripts/project-copy.ts';
import { isIngestInput } from '../scripts/dev-ingest.ts';
import type { Corpus } from '../src/lib/corpus.ts';
import { offlineSearchScript } from '../src/lib/offline/search-script.ts';
import { launchChromium } from './support/browser.ts';
import { ROOT } from './support/project.ts';

describe('what npm run dev watches', () => {
  it('is what the ingest reads, never what it writes', () => {
    for (const input of ['content/sources/A_RES_80_228.txt', 'content/documents.json', 'content/corrections.json', 'content/instruments.json', 'content/instrument-texts/untoc.source.md', 'content/lineage-overrides.json', 'content/url-manifest.json']) {
      expect(isIngestInput(join(ROOT, input)), input).toBe(true);
    }
    for (const other of ['content/generated/corpus.json', 'content/.generated-versions/1/corpus.json', 'src/pages/index.astro', 'content/documents.json.bak']) {
      expect(isIngestInput(join(ROOT, other)), other).toBe(false);
    }
  });
});

describe('npm run dev after an edit', () => {
  let dir: string;
  let server: ChildProcess;
  let origin: string;
  let browser: Browser;
  const log: string[] = [];

  beforeAll(async () => {
    dir = copyProject(ROOT, 'tt-dev-');
    server = spawn('npm', ['run', 'dev', '--', '--port', '0', '--host', '127.0.0.1'], { cwd: dir, env: buildEnv(), detached: true });
    origin = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${log.join('')}`)), 120_000);
      const read = (chunk: Buffer) => {
        log.push(chunk.toString());
        const m = /Local\s+(http:\/\/[^\s/]+)\//u.exec(log.join('').replace(/\u001b\[[0-9;]*m/gu, ''));
        if (m) {
          clearTimeout(timer);
          found(m[1]!);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
    });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows an edited source on its page without a restart', async () => {
    const page = () => fetch(`${origin}/global-plan/38/`).then((r) => r.text());
    // The first request may meet Vite still optimising its dependencies: wait for the page itself.
    const shows = async (words: string) => {
      let text = '';
      for (let i = 0; i < 120 && !text.includes(words); i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 500));
        text = await page().catch(() => '');
      }
      return text;
    };
    expect(await shows('Voluntary Trust Fund for Victims'), log.join('')).toContain('Voluntary Trust Fund for Victims');
    // A new edition of a source: its text and, in the same edit, its checksum.
    const source = join(dir, 'content/sources/000_a421e8aa060b97b4.txt');
    const bytes = readFileSync(source);
    const edited = Buffer.from(bytes.toString('utf8').replace('Voluntary Trust Fund for Victims', 'Voluntary Trust Fund for the Victims'));
    const documents = join(dir, 'content/documents.json');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    writeFileSync(source, edited);
    writeFileSync(documents, readFileSync(documents, 'utf8').replace(sha(bytes), sha(edited)));
    expect(await shows('Voluntary Trust Fund for the Victims'), log.join('')).toContain('Voluntary Trust Fund for the Victims');
    // The page can show the edit as soon as the ingest has written its files, a moment before the
    // integration, seeing the ingest's process end, says so.
    for (let i = 0; i < 40 && !log.join('').includes('ingested again'); i++) await new Promise((r) => setTimeout(r, 250));
    expect(log.join('')).toContain('ingested again');
  }, 150_000);

  /**
   * The unit pages the search page lists for `query`, as a person would search. The edit above can
   * set off a second ingest, whose end reloads every open page: a search cut off by that reload is
   * made again, as the reloaded page (its query is in the address) would show it.
   */
  async function search(query: string): Promise<string[]> {
    const page = await browser.newPage();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
          await page.locator('#search-summary').filter({ hasText: /result/u }).waitFor();
          return await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        } catch (error) {
          if (attempt === 5 || !/Execution context was destroyed|navigation/u.test(String(error))) throw error;
        }
      }
    } finally {
      await page.close();
    }
  }

  it('searches the current texts: the index the postbuild would write, rebuilt after an edit', async () => {
    // Runs after the edit above: the phrase is only in the edited source.
    const corpus = JSON.parse(readFileSync(join(dir, 'content/generated/corpus.json'), 'utf8')) as Corpus;
    expect(await fetch(`${origin}/search/offline-index.js`).then((r) => r.text())).toBe(offlineSearchScript(corpus));
    expect(await search('"for the Victims of Trafficking"')).toContain('/global-plan/38/');
    expect(await search('GPA 38')).toEqual(expect.arrayContaining(['/global-plan/38/']));
    // Vite's dependency scan of the pages found nothing to complain of (it once took the search
    // page's plain scripts for modules it could not find).
    expect(log.join('').replace(/\u001b\[[0-9;]*m/gu, '')).not.toMatch(/\[ERROR\] \[vite\]/u);
  }, 60_000);
});
