import { IngestError } from '../errors.ts';
import { MONTHS } from './un-dates.ts';

/**
 * Footnote markers in UN PDFs convert to plain digits: glued to a word or punctuation
 * (`Development,1`, `Child4`), glued to a year (`20172` = 2017 + footnote 2), or standing apart
 * (`Crime, 5  as well as`). A marker is found by the expected sequence of footnote numbers: the
 * page's footnotes say which numbers must appear in its text, in that order. A digit run that
 * could be either a marker or a number, with nothing to decide between them, is an error, never a
 * guess.
 */

/** Where a footnote's marker may be looked for: the body text of one page. */
export interface PageText {
  /** The lines of the page's body, in order. */
  lines: { n: number; text: string }[];
  /** The footnote ids printed at the foot of the page, in order. */
  footnotes: string[];
}

/** How a candidate stands in the text; lower is more certain. */
enum MarkerForm {
  /** Glued to a word, a closing quote or punctuation: `Development,1`, `Child4`. */
  Glued = 0,
  /** Glued to a four-digit year: `20172`. */
  AfterYear = 1,
  /** After a sentence's full stop: `model strategy 10.24 Furthermore`. */
  AfterFullStop = 2,
  /** Standing apart after a word or punctuation: `Crime, 5  as`. */
  Apart = 3,
  /** At the start of a line, the superscript having slipped below the word it follows: `Development` / `1  and`. */
  LineStart = 4,
}

interface Candidate {
  line: number;
  /** For a marker at the start of a line: the line it belongs to the end of. */
  previousLine?: number;
  /** Index into the line's text of the first digit. */
  at: number;
  /** Index of the first character to remove when the marker is rewritten (spaces before it). */
  cut: number;
  form: MarkerForm;
}

/** Words after which a standalone number is a number, not a marker. */
const NUMBER_WORDS = new Set([
  'article', 'articles', 'paragraph', 'paragraphs', 'para.', 'paras.', 'resolution', 'resolutions', 'decision',
  'decisions', 'no.', 'nos.', 'vol.', 'goal', 'goals', 'target', 'targets', 'rule', 'rules', 'chap.', 'sect.',
  'principle', 'guideline', 'guidelines', 'session', 'annex', 'item', 'items', 'part', 'from', 'to', 'and', 'between',
  'of', 'on', 'at', 'by', 'in', 'than', 'per', 'some', 'over', 'under', 'about', 'strategy', 'strategies', 'convention',
  'protocol', 'recommendation', 'recommendations', 'chapter', 'section', 'step', 'phase', 'level', 'page', 'pages',
]);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'vols', 'para', 'paras', 'sect', 'chap', 'art', 'arts', 'p', 'pp', 'rev', 'add', 'corr', 'suppl', 'ibid', 'op', 'cit', 'annex', 'e.g', 'i.e', 'etc', 'st', 'mr', 'ms', 'dr']);
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS.join('|')})\\b`, 'u');

function classify(text: string, at: number, id: string): Omit<Candidate, 'line'> | null {
  const end = at + id.length;
  const after = text.slice(end, end + 48);
  // Part of a larger number, a decimal, a symbol or a range: 5.2, 64/293, 2023–2028.
  if (/^[\d/–-]|^[.,]\d/u.test(after)) return null;
  if (MONTH_AFTER.test(after)) return null;
  // A short look-behind keeps every test here linear, however long the line.
  const before = text.slice(Math.max(0, at - 48), at);
  if (/\d\.$/u.test(before) && /^\s+\p{Lu}/u.test(after)) return { at, cut: at, form: MarkerForm.AfterFullStop };
  if (/\d{4}$/u.test(before)) {
    return /(?:^|\D)(?:19|20)\d{2}$/u.test(before) ? { at, cut: at, form: MarkerForm.AfterYear } : null;
  }
  if (/[\d/–-]$/u.test(before)) return null;
  const word = /(?:^|[\s(])([\p{L}.]+)\.$/u.exec(before)?.[1];
  if (word !== undefined && /\p{L}$/u.test(word)) {
    // "time.7": a marker after a sentence; "No.7", "L.8": part of a reference.
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{L}$/u.test(word)) return null;
    return /^\s+\p{Lu}/u.test(after) || after === '' ? { at, cut: at, form: MarkerForm.AfterFullStop } : null;
  }
  if (/[\p{L},;:)\]”’"]$/u.test(before)) return { at, cut: at, form: MarkerForm.Glued };
  // "Crime, 5  as"; also after a year or a span of years ("Framework 2015–2030 20  by").
  const apart = /([\p{L},;:.)\]”’"]|(?:^|[^\d/])(?:19|20)\d{2})( +)$/u.exec(before);
  if (apart && (after === '' || /^[\s,;.]/u.test(after))) {
    const previous = /(\S+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (NUMBER_WORDS.has(previous) || ABBREVIATIONS.has(previous.replace(/\.$/u, ''))) return null;
    return { at, cut: at - apart[2]!.length, form: MarkerForm.Apart };
  }
  return null;
}

/** A marker at the start of a line follows the last word of the line before. */
function classifyLineStart(previous: string, text: string, id: string): Omit<Candidate, 'line'> | null {
  const after = text.slice(id.length, id.length + 48);
  if (!/^\s/u.test(after) || !/[\p{L},;:)\]”’"]$/u.test(previous)) return null;
  const word = /(\S+)$/u.exec(previous)?.[1]?.toLowerCase() ?? '';
  if (NUMBER_WORDS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/u, '')) || MONTH_AFTER.test(after)) return null;
  return { at: 0, cut: 0, form: MarkerForm.LineStart };
}

function candidates(page: PageText, id: string): Candidate[] {
  const out: Candidate[] = [];
  let previous = '';
  let previousLine = -1;
  for (const line of page.lines) {
    let from = 0;
    for (;;) {
      const at = line.text.indexOf(id, from);
      if (at < 0) break;
      from = at + 1;
      const c = at === 0 ? classifyLineStart(previous, line.text, id) : classify(line.text, at, id);
      if (c) out.push({ line: line.n, ...c, ...(at === 0 ? { previousLine } : {}) });
    }
    if (line.text) {
      previous = line.text;
      previousLine = line.n;
    }
  }
  return out;
}

const order = (a: { line: number; at: number }, b: { line: number; at: number }) => a.line - b.line || a.at - b.at;

export interface MarkerEdit {
  line: number;
  /** Set when the marker moves to the end of the line before (it slipped to the start of this one). */
  previousLine?: number;
  cut: number;
  at: number;
  id: string;
}

/**
 * Finds each footnote's marker on its page. Returns the edits that turn plain-digit markers into
 * superscripts; throws when a marker is missing or cannot be told from a number.
 */
export function findMarkers(pages: PageText[], file: string): MarkerEdit[] {
  const edits: MarkerEdit[] = [];
  for (const page of pages) {
    let after = { line: -1, at: -1 };
    const found = page.footnotes.map((id) => ({ id, all: candidates(page, id) }));
    for (let k = 0; k < found.length; k++) {
      const { id, all } = found[k]!;
      const open = all.filter((c) => order(c, after) > 0).sort(order);
      if (open.length === 0) {
        throw new IngestError(
          'FootnoteMarkerNotFound',
          `footnote ${id} is printed at the foot of this page, but its marker (the digits ${id} after a word, a year or punctuation) is not in the page's text after footnote ${k > 0 ? found[k - 1]!.id : 'markers before it'}`,
          { file, line: page.lines[0]?.n ?? 1 },
          'Check the page for a marker lost in conversion, and record a correction in content/corrections.json that restores it as a superscript digit.',
        );
      }
      // The next footnote's first possible place bounds where this one's marker can be.
      const nextId = found[k + 1];
      const bound = nextId?.all.filter((c) => order(c, open[0]!) > 0).sort(order)[0];
      const within = bound ? open.filter((c) => order(c, bound) < 0) : open;
      const best = Math.min(...within.map((c) => c.form));
      const chosen = within.filter((c) => c.form === best);
      if (chosen.length > 1) {
        const where = chosen.map((c) => `line ${c.line}`).join(' and ');
        throw new IngestError(
          'AmbiguousFootnoteMarker',
          `footnote ${id}: the digits ${id} stand in two places that could each be its marker (${where})`,
          { file, line: chosen[0]!.line },
          `Record a correction in content/corrections.json that writes the real marker as a superscript (for example "${id}" -> "${id.replace(/\d/gu, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)}").`,
        );
      }
      const pick = chosen[0]!;
      edits.push({ line: pick.line, cut: pick.cut, at: pick.at, id, ...(pick.previousLine !== undefined ? { previousLine: pick.previousLine } : {}) });
      after = pick;
    }
  }
  return edits;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Applies the edits to line texts (line number -> text), right to left within a line. */
export function applyMarkers(texts: Map<number, string>, edits: MarkerEdit[]): void {
  const byLine = [...edits].sort((a, b) => a.line - b.line || b.at - a.at);
  for (const e of byLine) {
    const text = texts.get(e.line)!;
    const sup = e.id.replace(/\d/gu, (d) => SUPERSCRIPT[Number(d)]!);
    if (e.previousLine !== undefined) {
      texts.set(e.previousLine, texts.get(e.previousLine)! + sup);
      texts.set(e.line, text.slice(e.id.length).trimStart());
      continue;
    }
    texts.set(e.line, text.slice(0, e.cut) + sup + text.slice(e.at + e.id.length));
  }
}
