/**
 * `npm run bench` (`-- --100x` for the largest corpus too): how long the build takes, step by step,
 * and how much memory each step needs, against a bare baseline of as many pages; and how heavy the
 * pages are. Figures, not pass/fail (issue 13 states the goals).
 *
 * For the real corpus and one ten (and a hundred) times its size (scripts/bench/multiply-corpus.ts),
 * in copies of the project: ingest, Astro and the postbuild, each as its own measured process
 * (scripts/bench/run-step.ts); then a bare Astro project rendering as many plain pages of the
 * corpus's texts, the Pagefind command line over them and the offline copy's zip code zipping them.
 * Temporary folders are removed as each size is done.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareAstroWithMdx, writeBareProject, type CorpusDocumentTexts } from './bench/bare-project.ts';
import { multiplyContent } from './bench/multiply-corpus.ts';
import { pageWeight, type LoadedFile, type PageWeight } from './bench/page-weight.ts';
import { formatReport, parsePostbuildTimes, type Cost, type ScaleResult } from './bench/report.ts';
import { diskProbe, runStep, settleDisk, type StepCost } from './bench/run-step.ts';
import { filesUnder } from './files-under.ts';
import { copyProject } from './project-copy.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const FACTORS = process.argv.includes('--100x') ? [1, 10, 100] : [1, 10];
/** `--mdx`: also bare Astro with the corpus as one MDX file per document (scripts/bench/bare-project.ts). */
const MDX = process.argv.includes('--mdx');

const cost = (step: StepCost): Cost => ({ ms: step.ms, peakBytes: step.peakBytes });
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** The project's content `factor` times over, written into the copy at `dir`. */
function multiplyCorpus(dir: string, factor: number): void {
  const content = join(dir, 'content');
  const read = (name: string) => JSON.parse(readFileSync(join(content, name), 'utf8'));
  const many = multiplyContent({ documents: read('documents.json'), corrections: read('corrections.json'), overrides: read('lineage-overrides.json') }, factor);
  writeFileSync(join(content, 'documents.json'), JSON.stringify(many.documents, null, 2));
  writeFileSync(join(content, 'corrections.json'), JSON.stringify(many.corrections, null, 2));
  writeFileSync(join(content, 'lineage-overrides.json'), JSON.stringify(many.overrides, null, 2));
  for (const [from, to] of many.sourceCopies) copyFileSync(join(content, 'sources', from), join(content, 'sources', to));
  // The copies' URLs are new; an empty manifest records them all rather than reporting them.
  writeFileSync(join(content, 'url-manifest.json'), '{ "urls": [], "redirects": {} }\n');
}

/** The real build in a copy of the project, step by step; `whileBuilt` sees its dist/ before it is removed. */
async function fullBuild(factor: number, whileBuilt: (dir: string) => Promise<void>) {
  const dir = copyProject(root, 'tt-bench-');
  try {
    if (factor > 1) multiplyCorpus(dir, factor);
    settleDisk();
    progress(`${factor}x: ingest`);
    const ingest = await runStep(dir, ['--import', 'tsx', 'scripts/ingest.ts']);
    progress(`${factor}x: astro build`);
    const astro = await runStep(dir, ['node_modules/astro/astro.js', 'build']);
    // Counted before the postbuild, which adds redirect pages (Akoma Ntoso aliases) that Astro did not render.
    const pages = filesUnder(join(dir, 'dist')).filter((p) => p.endsWith('.html')).length;
    progress(`${factor}x: postbuild (${pages} pages)`);
    const post = await runStep(dir, ['--import', 'tsx', 'scripts/postbuild.ts']);
    const parts = parsePostbuildTimes(post.stdout);
    const pagefindPeak = Math.max(0, ...[...post.byName].filter(([name]) => name.startsWith('pagefind')).map(([, bytes]) => bytes));
    await whileBuilt(dir);
    return {
      pages,
      ingest: cost(ingest),
      astro: cost(astro),
      postbuild: cost(post),
      openData: { ms: parts.openData, peakBytes: null },
      pagefind: { ms: parts.pagefind, peakBytes: pagefindPeak },
      offlineSearch: { ms: parts.offlineSearch, peakBytes: null },
      offlineZip: { ms: parts.offlineZip, peakBytes: null },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The unit texts of the real corpus, each once: a bare page shows one (the copies repeat the same texts). */
function corpusTexts(dir: string): string[] {
  const corpus = JSON.parse(readFileSync(join(dir, 'content/generated/corpus.json'), 'utf8')) as { documents: { units: { text: string }[] }[] };
  return [...new Set(corpus.documents.flatMap((d) => d.units.map((u) => u.text)))];
}

/** Bare Astro rendering `pages` plain pages of `texts`, then bare Pagefind over them, then zipping them. */
async function bareBuild(factor: number, pages: number, texts: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'tt-bare-'));
  try {
    writeBareProject(dir, root, pages, texts);
    settleDisk();
    progress(`${factor}x: bare astro`);
    const astro = await runStep(dir, ['node_modules/astro/astro.js', 'build']);
    progress(`${factor}x: bare pagefind`);
    const pagefind = await runStep(dir, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist']);
    progress(`${factor}x: bare zip`);
    const zip = await runStep(dir, ['--import', 'tsx', join(root, 'scripts/bench/bare-zip.ts'), 'dist', join(dir, 'bare.zip')]);
    return { bareAstro: cost(astro), barePagefind: cost(pagefind), bareZip: cost(zip) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const results: ScaleResult[] = [];
/** Read from the real corpus's build (always the first): the texts of the bare pages, and the page weights. */
const real: { texts: string[]; documents: CorpusDocumentTexts[]; weight?: PageWeight } = { texts: [], documents: [] };
const mdxRows: string[] = [];
const diskBefore = diskProbe();
for (const factor of FACTORS) {
  const full = await fullBuild(factor, async (dir) => {
    if (factor !== 1) return;
    real.texts = corpusTexts(dir);
    real.documents = (JSON.parse(readFileSync(join(dir, 'content/generated/corpus.json'), 'utf8')) as { documents: CorpusDocumentTexts[] }).documents;
    real.weight = await pageWeight(join(dir, 'dist'));
  });
  results.push({ label: `${factor}x`, ...full, ...(await bareBuild(factor, full.pages, real.texts)) });
  if (MDX) {
    progress(`${factor}x: bare astro with one MDX file per document`);
    const withMdx = await bareAstroWithMdx(root, full.pages, real.texts, real.documents, factor);
    // The plain figure is the bare Astro build just measured for this size.
    const { astro, bareAstro: plain } = results.at(-1)!;
    mdxRows.push(
      `${factor}x, ${full.pages} pages: bare ${(plain.ms / 1000).toFixed(1)} s; bare with ${real.documents.length * factor} MDX documents ${(withMdx.ms / 1000).toFixed(1)} s ` +
        `(${(withMdx.ms / plain.ms).toFixed(2)}x, peak ${Math.round(withMdx.peakBytes / 1048576)} MB); this site, units rendered from data: ${(astro.ms / 1000).toFixed(1)} s (${(astro.ms / plain.ms).toFixed(2)}x)`,
    );
  }
}

const diskAfter = diskProbe();

console.log(`\nThe build by step against a bare build of as many pages (Node ${process.versions.node}, ${cpus().length} cores)\n`);
console.log(formatReport(results));
console.log(`
s: wall time; ms/page: per HTML page Astro rendered; peak MB: the highest sum of the resident sizes of
a step's processes, sampled every 50 ms, or the Node process's own exact peak if higher ("·": a part
of the postbuild, inside its figure). * Pagefind runs beside the offline search and zip; its peak is
the Pagefind binary's own. Full build: ingest + astro + postbuild; bare full: bare astro + bare
pagefind + bare zip.
disk: 10,000 files of 1.5 KB written in ${(diskBefore / 1000).toFixed(1)} s before the builds and ${(diskAfter / 1000).toFixed(1)} s after
(scripts/bench/run-step.ts); the built site has some 24,000 files at 10x, so its figures move with this.`);
if (MDX) {
  console.log('\nMDX at its coarsest (one file per document) against the units rendered from data, Astro step, same run:');
  for (const row of mdxRows) console.log(`  ${row}`);
}
const w = real.weight!;
console.log('\nunit page /global-plan/38/');
console.log(`  HTML ${kb(w.html)} (${kb(w.htmlGzip)} gzipped), of which inline CSS ${kb(w.css)} and inline JS ${kb(w.inlineJs)}`);
const total = (files: LoadedFile[], key: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
console.log(`  and the files every page shares, loaded once: ${kb(total(w.unitFiles, 'bytes'))} (${kb(total(w.unitFiles, 'gzip'))} gzipped)`);
for (const f of w.unitFiles) console.log(`  ${f.url} ${kb(f.bytes)} (${kb(f.gzip)} gzipped)`);
console.log(`first search ("compensation") on /search/, after the page: ${kb(total(w.searchFiles, 'bytes'))} (${kb(total(w.searchFiles, 'gzip'))} gzipped)`);
for (const f of w.searchFiles) console.log(`  ${f.url} ${kb(f.bytes)} (${kb(f.gzip)} gzipped)`);
console.log(`offline download: ${kb(w.zip)}`);
