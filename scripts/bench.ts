/**
 * `npm run bench`: how long the build takes and how heavy its pages are. Figures, not pass/fail:
 * the full build split into ingest, Astro and Pagefind, against a bare Astro build of as many plain
 * pages in the same run; the same for a synthetic corpus ten times the size; the weight of a unit
 * page and of the first search.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { filesUnder } from './files-under.ts';
import { buildEnv, copyProject } from './project-copy.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

async function timed(cwd: string, command: string, args: string[]): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const { stdout } = await run(command, args, { cwd, env: buildEnv(), maxBuffer: 256 * 1024 * 1024 });
  return { ms: performance.now() - started, stdout };
}

interface BuildTimes {
  pages: number;
  ingest: number;
  astro: number;
  pagefind: number;
  openData: number;
  offline: number;
  total: number;
}

async function fullBuild(dir: string): Promise<BuildTimes> {
  const ingest = await timed(dir, process.execPath, ['--import', 'tsx', 'scripts/ingest.ts']);
  const astro = await timed(dir, process.execPath, ['node_modules/astro/astro.js', 'build']);
  // Counted before postbuild, which adds redirect pages (AKN aliases) that are not rendered pages.
  const pages = filesUnder(join(dir, 'dist')).filter((p) => p.endsWith('.html')).length;
  const post = await timed(dir, process.execPath, ['--import', 'tsx', 'scripts/postbuild.ts']);
  const pagefind = Number(/pagefind: scanned \d+ pages in (\d+) ms/u.exec(post.stdout)?.[1] ?? Number.NaN);
  const openData = Number(/open data: \d+ files in (\d+) ms/u.exec(post.stdout)?.[1] ?? Number.NaN);
  return {
    pages,
    ingest: ingest.ms,
    astro: astro.ms,
    pagefind,
    openData,
    offline: post.ms - pagefind - openData,
    total: ingest.ms + astro.ms + post.ms,
  };
}

/** A bare Astro project that renders `pages` plain pages of the corpus's texts. */
async function bareAstro(pages: number, texts: string[]): Promise<number> {
  const dir = join(tmpdir(), `tt-bare-${process.pid}-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(join(dir, 'texts.json'), JSON.stringify(texts));
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nimport texts from '../../texts.json';\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) }, props: { text: texts[i % texts.length] } }));\n}\nconst { text } = Astro.props;\n---\n<html lang="en"><head><title>Page {Astro.params.n}</title></head><body><h1>Page {Astro.params.n}</h1><p>{text}</p></body></html>\n`,
  );
  const { ms } = await timed(dir, process.execPath, ['node_modules/astro/astro.js', 'build']);
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

/** The real corpus ten times: each document again under nine more ids, same sources. */
function multiplyCorpus(dir: string, factor: number): void {
  const path = join(dir, 'content/documents.json');
  const docs = JSON.parse(readFileSync(path, 'utf8')) as { id: string; abbreviation: string; lineage?: { from: string } }[];
  // Each copy is a drafting chain of its own: copy i's drafts point at copy i's earlier drafts.
  const many = docs.flatMap((d) =>
    Array.from({ length: factor }, (_, i) =>
      i === 0
        ? d
        : { ...d, id: `${d.id}-copy-${i}`, abbreviation: `${d.abbreviation}x${i}`, ...(d.lineage ? { lineage: { ...d.lineage, from: `${d.lineage.from}-copy-${i}` } } : {}) },
    ),
  );
  writeFileSync(path, JSON.stringify(many, null, 2));
  writeFileSync(join(dir, 'content/url-manifest.json'), '{ "urls": [], "redirects": {} }\n');
}

async function pageWeight(dist: string) {
  const html = readFileSync(join(dist, 'global-plan/38/index.html'));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const unitBytes: number[] = [];
    page.on('response', async (r) => unitBytes.push((await r.body().catch(() => Buffer.alloc(0))).byteLength));
    await page.goto(`${server.origin}/global-plan/38/`, { waitUntil: 'networkidle' });
    const unitTotal = unitBytes.reduce((a, b) => a + b, 0);
    const search = await browser.newPage();
    const files: { url: string; bytes: number; gzip: number }[] = [];
    search.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      files.push({ url: new URL(r.url()).pathname, bytes: body.byteLength, gzip: gzipSync(body).byteLength });
    });
    await search.goto(`${server.origin}/search/?q=compensation`);
    await search.locator('#search-results a').first().waitFor({ timeout: 30_000 });
    await search.waitForLoadState('networkidle');
    const pagefindFiles = files.filter((f) => f.url.includes('/pagefind/'));
    return {
      html: html.byteLength,
      htmlGzip: gzipSync(html).byteLength,
      css,
      inlineJs,
      unitTotal,
      searchFiles: pagefindFiles.length,
      searchBytes: pagefindFiles.reduce((n, f) => n + f.bytes, 0),
      searchGzip: pagefindFiles.reduce((n, f) => n + f.gzip, 0),
      zip: statSync(join(dist, 'download/trafficking-texts-offline.zip')).size,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function benchCorpus(label: string, factor: number) {
  const dir = copyProject(root, 'tt-bench-');
  try {
    if (factor > 1) multiplyCorpus(dir, factor);
    const times = await fullBuild(dir);
    const corpus = JSON.parse(readFileSync(join(dir, 'content/generated/corpus.json'), 'utf8')) as { documents: { units: { text: string }[] }[] };
    const texts = corpus.documents.flatMap((d) => d.units.map((u) => u.text));
    const bare = await bareAstro(times.pages, texts);
    console.log(`\n${label}: ${times.pages} HTML pages (${texts.length} units)`);
    console.log(`  ingest             ${s(times.ingest)}`);
    console.log(`  astro build        ${s(times.astro)}`);
    console.log(`  pagefind           ${s(times.pagefind)}`);
    console.log(`  open data          ${s(times.openData)}`);
    console.log(`  redirects+offline  ${s(times.offline)}`);
    console.log(`  full build         ${s(times.total)}`);
    console.log(`  bare astro, ${times.pages} plain pages: ${s(bare)}  (astro step ${(times.astro / bare).toFixed(2)}x, full build ${(times.total / bare).toFixed(2)}x)`);
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

const real = await benchCorpus('real corpus', 1);
const weight = await pageWeight(join(real, 'dist'));
rmSync(real, { recursive: true, force: true });
console.log('\nunit page /global-plan/38/');
console.log(`  HTML ${kb(weight.html)} (${kb(weight.htmlGzip)} gzipped), of which inline CSS ${kb(weight.css)} and inline JS ${kb(weight.inlineJs)}; no external CSS or JS`);
console.log(`  everything the page loads: ${kb(weight.unitTotal)}`);
console.log(`first search ("compensation") on /search/: ${weight.searchFiles} Pagefind files, ${kb(weight.searchBytes)} (${kb(weight.searchGzip)} gzipped)`);
console.log(`offline download: ${kb(weight.zip)}`);
const ten = await benchCorpus('10x synthetic corpus', 10);
rmSync(ten, { recursive: true, force: true });
