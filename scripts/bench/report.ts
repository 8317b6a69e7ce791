/**
 * The bench's figures and their table. Pure: scripts/bench.ts measures and prints.
 */

/** What one step cost: wall time, and peak memory where it was measured on its own. */
export interface Cost {
  ms: number;
  /** Bytes; null for a part of a step (it shares its process with the other parts). */
  peakBytes: number | null;
}

/** One corpus size: the full build by step, and the bare baseline of as many pages. */
export interface ScaleResult {
  /** "1x", "10x"... */
  label: string;
  /** HTML pages Astro rendered. */
  pages: number;
  ingest: Cost;
  astro: Cost;
  postbuild: Cost;
  /** The postbuild's parts, each timed by itself; Pagefind runs beside the offline search and zip. */
  openData: Cost;
  pagefind: Cost;
  offlineSearch: Cost;
  offlineZip: Cost;
  /** A bare Astro project rendering as many plain pages of the corpus's texts. */
  bareAstro: Cost;
  /** The Pagefind command line over those plain pages. */
  barePagefind: Cost;
  /** Those plain pages zipped by the offline copy's zip code (scripts/zip-stream.ts). */
  bareZip: Cost;
}

const sum = (costs: Cost[]): Cost => ({
  ms: costs.reduce((n, c) => n + c.ms, 0),
  peakBytes: Math.max(...costs.map((c) => c.peakBytes ?? 0)),
});

/** The full build (ingest, Astro, postbuild, one after the other) and the bare one (Astro, Pagefind, zip). */
export function totals(result: ScaleResult): { full: Cost; bareFull: Cost; astroRatio: number; fullRatio: number } {
  const full = sum([result.ingest, result.astro, result.postbuild]);
  const bareFull = sum([result.bareAstro, result.barePagefind, result.bareZip]);
  return { full, bareFull, astroRatio: result.astro.ms / result.bareAstro.ms, fullRatio: full.ms / bareFull.ms };
}

/** The times the postbuild prints for its parts (scripts/postbuild.ts), in ms. */
export function parsePostbuildTimes(stdout: string): { openData: number; pagefind: number; offlineSearch: number; offlineZip: number } {
  const find = (pattern: RegExp, what: string) => {
    const ms = pattern.exec(stdout)?.[1];
    if (ms === undefined) throw new Error(`bench: the postbuild printed no time for ${what} (expected a line matching ${pattern}); did its output change?`);
    return Number(ms);
  };
  return {
    openData: find(/^open data: \d+ files in (\d+) ms$/mu, 'the open data'),
    pagefind: find(/^pagefind: indexed \d+ pages in (\d+) ms$/mu, 'Pagefind'),
    offlineSearch: find(/^offline search: (\d+) ms$/mu, 'the offline search index'),
    offlineZip: find(/^offline: \d+ files, [\d.]+ MB zipped in (\d+) ms$/mu, 'the offline zip'),
  };
}

const ROWS: [label: string, pick: (r: ScaleResult) => Cost][] = [
  ['ingest', (r) => r.ingest],
  ['astro', (r) => r.astro],
  ['postbuild', (r) => r.postbuild],
  ['  open data', (r) => r.openData],
  ['  pagefind *', (r) => r.pagefind],
  ['  offline search', (r) => r.offlineSearch],
  ['  offline zip', (r) => r.offlineZip],
  ['full build', (r) => totals(r).full],
  ['bare astro', (r) => r.bareAstro],
  ['bare pagefind', (r) => r.barePagefind],
  ['bare zip', (r) => r.bareZip],
  ['bare full', (r) => totals(r).bareFull],
];

const LABEL = 20;
const COLUMN = 8;
const cell = (text: string) => text.padStart(COLUMN);

/** The table: a row per step, for each corpus size its time, milliseconds per page and peak memory; then the ratios. */
export function formatReport(results: ScaleResult[]): string {
  const group = (text: string) => `  ${text.padEnd(COLUMN * 3)}`;
  const lines = [
    ''.padEnd(LABEL) + results.map((r) => group(`${r.label}: ${r.pages} pages`)).join(''),
    'step'.padEnd(LABEL) + results.map(() => `  ${cell('s')}${cell('ms/page')}${cell('peak MB')}`).join(''),
  ];
  for (const [label, pick] of ROWS) {
    const cells = results.map((r) => {
      const cost = pick(r);
      const mb = cost.peakBytes === null ? '·' : String(Math.round(cost.peakBytes / 1024 / 1024));
      return `  ${cell((cost.ms / 1000).toFixed(1))}${cell((cost.ms / r.pages).toFixed(2))}${cell(mb)}`;
    });
    lines.push(label.padEnd(LABEL) + cells.join(''));
  }
  lines.push('astro / bare astro'.padEnd(LABEL) + results.map((r) => group(cell(`${totals(r).astroRatio.toFixed(2)}x`))).join(''));
  lines.push('full / bare full'.padEnd(LABEL) + results.map((r) => group(cell(`${totals(r).fullRatio.toFixed(2)}x`))).join(''));
  return lines.map((l) => l.trimEnd()).join('\n');
}
