import type { Corpus } from '../corpus.ts';

/**
 * The corpus as two spreadsheets (RFC 4180: comma-separated, CRLF line ends, every field in double
 * quotes with inner quotes doubled, so line breaks and commas inside a text stay in their cell; UTF-8
 * with a byte-order mark, which spreadsheet programs need to read UTF-8, and a header row).
 */

const BOM = '\uFEFF';

function field(value: string | null): string {
  return `"${(value ?? '').replace(/"/gu, '""')}"`;
}

function table(header: readonly string[], rows: (string | null)[][]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

export const UNIT_COLUMNS = ['document', 'unit', 'label', 'section', 'status', 'text', 'url', 'symbol', 'akn'] as const;
export const CITATION_COLUMNS = ['document', 'unit', 'instrument', 'article', 'pinpoint', 'quote'] as const;

/** One row per unit, in document order. `url` is site-relative, as in corpus.json. */
export function unitsCsv(corpus: Corpus): string {
  return table(
    UNIT_COLUMNS,
    corpus.documents.flatMap((d) => d.units.map((u) => [d.id, u.id, u.label, u.section, u.status, u.text, u.url, d.symbol, u.akn ?? null])),
  );
}

/**
 * One row per instrument citation. `pinpoint` is the citation as a site-relative link to the
 * instrument's page (and article anchor): the place a reader of the row can check it.
 */
export function citationsCsv(corpus: Corpus, pinpoint: (instrument: string, article: string | null) => string): string {
  return table(
    CITATION_COLUMNS,
    corpus.documents.flatMap((d) => d.units.flatMap((u) => u.references.map((r) => [d.id, u.id, r.instrument, r.article, pinpoint(r.instrument, r.article), r.quote]))),
  );
}
