import type { SourceLine } from '../parse/source-lines.ts';
import type { CoverFacts } from './un-cover.ts';

/**
 * Running headers and footers. Every page after the first carries the symbol, the short title,
 * the job number and `n/N` around its page number. They are found because they repeat near the
 * page numbers, never from a list: a line is furniture when its text stands beside at least half
 * of the page numbers (or repeats a cover fact), and a header block is the run of such lines and
 * blank lines around one page number.
 */

const PAGE_NUMBER = /^(\d{1,4})\/(\d{1,4})$/u;
/** Paragraph numbers and sub-item labels never count as furniture, however often they repeat. */
const LABEL_LIKE = /^(?:\(?[a-z0-9]{1,6}[.)]|[A-Z]\.|[IVXLC]+\.)(?:\s|$)/u;
/** How far from its page number a header or footer line may stand (a title can run to four lines). */
const WINDOW = 10;

export interface FurnitureBlock {
  /** Indices into the lines, inclusive. */
  from: number;
  to: number;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}

/** Page-number lines whose totals agree (the most common total wins). */
function pageNumbers(lines: SourceLine[], start: number): number[] {
  const found: { i: number; total: string }[] = [];
  for (let i = start; i < lines.length; i++) {
    const m = PAGE_NUMBER.exec(lines[i]!.text.trim());
    if (m && Number(m[1]) <= Number(m[2])) found.push({ i, total: m[2]! });
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.total, (counts.get(f.total) ?? 0) + 1);
  const total = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return found.filter((f) => f.total === total).map((f) => f.i);
}

/** Whether a line repeats a fact of the cover: the symbol, the job number, part of the title. */
function repeatsCover(text: string, cover: CoverFacts): boolean {
  if (text === cover.symbol || text === cover.jobNumber) return true;
  const title = cover.title ? normalise(cover.title) : '';
  return text.length >= 8 && title.includes(text);
}

export function findFurniture(lines: SourceLine[], start: number, cover: CoverFacts): FurnitureBlock[] {
  const pages = pageNumbers(lines, start);
  if (pages.length === 0) return [];
  const seen = new Map<string, number>();
  for (const p of pages) {
    const texts = new Set<string>();
    for (let i = Math.max(start, p - WINDOW); i <= Math.min(lines.length - 1, p + WINDOW); i++) {
      const text = normalise(lines[i]!.text);
      if (text && i !== p && !LABEL_LIKE.test(text)) texts.add(text);
    }
    for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const threshold = pages.length >= 2 ? Math.max(2, Math.ceil(pages.length / 2)) : Number.POSITIVE_INFINITY;
  const isFurniture = (i: number): boolean => {
    const text = normalise(lines[i]!.text);
    if (!text) return true;
    if (LABEL_LIKE.test(text)) return false;
    return (seen.get(text) ?? 0) >= threshold || repeatsCover(text, cover);
  };
  return pages.map((p) => {
    let from = p;
    while (from - 1 >= start && p - (from - 1) <= WINDOW && isFurniture(from - 1)) from--;
    let to = p;
    while (to + 1 < lines.length && to + 1 - p <= WINDOW && isFurniture(to + 1)) to++;
    return { from, to };
  });
}
