import { IngestError } from '../errors.ts';
import { superscriptLetter } from '../parse/inline.ts';
import type { SourceLine } from '../parse/source-lines.ts';
import { applyMarkers, findMarkers, type PageText } from './footnote-markers.ts';
import { findFurniture, type FurnitureBlock } from './page-furniture.ts';
import { readCover, type CoverFacts } from './un-cover.ts';

/**
 * The normalising stage for UN documents as their PDFs convert to text. It reads the cover,
 * removes running headers and footers, takes the footnote blocks out of the flow (a paragraph that
 * runs across a page break stays one paragraph), turns plain-digit footnote markers into
 * superscripts, and joins a paragraph number or sub-item label that stands alone on its line to
 * the text after it. The shape parsers then see clean lines. Pure: no I/O.
 */

export interface UnLayout {
  cover: CoverFacts;
  /** Body lines in order; blank lines kept (text ''), page-break regions removed. */
  body: SourceLine[];
  /** One line per footnote, as `¹² text` with its further lines folded in. */
  footnotes: SourceLine[];
  /** Roles of the source lines this stage consumed (cover, furniture, footnote rule). */
  roles: Map<number, string>;
}

const RULE = /^_{5,}$/u;
/** A paragraph number or sub-item label with nothing after it on its line. */
const LABEL_ALONE = /^(?:\d{1,3}(?:bis|ter|quater)?\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[a-z]\.|[A-Z]\.|[IVXLC]{1,6}\.)$/u;

interface Footnote {
  id: string;
  parts: string[];
  lines: number[];
}

function nextFootnoteId(last: string | null): string {
  return last === null ? '1' : String(Number(last) + 1);
}

/** Reads one footnote block (the lines after a rule up to the page's header). */
function readFootnoteBlock(
  lines: SourceLine[],
  from: number,
  to: number,
  all: Footnote[],
  coverNotes: { parts: string[]; lines: number[] }[],
  file: string,
): Footnote[] {
  const onPage: Footnote[] = [];
  let afterBlank = false;
  for (let i = from; i < to; i++) {
    const text = lines[i]!.text.trim().replace(/\s+/gu, ' ');
    if (!text) {
      afterBlank = onPage.length > 0;
      continue;
    }
    const expected = nextFootnoteId(all.at(-1)?.id ?? null);
    const star = /^(\*{1,3})\s+(\S.*)$/u.exec(text);
    if (star) {
      // A note on the cover (the sponsors' "*", the title's "**"), not on any paragraph.
      coverNotes.push({ parts: [star[2]!], lines: [lines[i]!.n] });
      afterBlank = false;
      continue;
    }
    const m = /^(\d{1,3})\s+(\S.*)$/u.exec(text);
    if (m && m[1] === expected) {
      const note: Footnote = { id: m[1]!, parts: [m[2]!], lines: [lines[i]!.n] };
      all.push(note);
      onPage.push(note);
      afterBlank = false;
      continue;
    }
    const lastCover = coverNotes.at(-1);
    const open = lastCover && lastCover.lines.at(-1)! > (all.at(-1)?.lines.at(-1) ?? 0) ? lastCover : all.at(-1);
    if (afterBlank) {
      // Footnotes are separated by blank lines and end at the page's running header; text here is body text
      // the converter put after the notes, or a page whose header was lost: reading it as a note would hide it.
      throw new IngestError(
        'UnrecognisedLine',
        `expected footnote ${expected} or the running header of the next page after the footnotes, but found "${text.slice(0, 60)}"`,
        { file, line: lines[i]!.n },
        'Check the page break above this line: its running header (symbol, title, job number, page n/N) may be missing or garbled. Restore it with a correction in content/corrections.json.',
      );
    }
    if (!open) {
      throw new IngestError(
        'UnrecognisedLine',
        `a footnote block must begin with footnote ${expected} ("${expected} Resolution ..."), but this line is "${text.slice(0, 60)}"`,
        { file, line: lines[i]!.n },
        'Check the footnote numbering under the rule of underscores; a misread number needs a correction in content/corrections.json.',
      );
    }
    // A footnote's further lines, also when it runs on into the next page's block.
    const last = open.parts.length - 1;
    open.parts[last] = /\p{L}-$/u.test(open.parts[last]!) ? open.parts[last]! + text : `${open.parts[last]} ${text}`;
    open.lines.push(lines[i]!.n);
    afterBlank = false;
  }
  return onPage;
}

const LETTER_NOTE = /^([a-h]) (\p{Lu}.*)$/u;

/**
 * A box or table carries its own footnotes, lettered `a`, `b`, printed right under it rather than
 * under the page's rule, with the marker glued to punctuation (`sentences;a in addition`). A line
 * `a See sect. E.` is such a footnote only when its marker stands earlier on the same page.
 */
function takeLetterFootnotes(pages: { body: SourceLine[] }[], roles: Map<number, string>): SourceLine[] {
  const notes: SourceLine[] = [];
  for (const page of pages) {
    let expected = 'a';
    for (let i = 0; i < page.body.length; i++) {
      const m = LETTER_NOTE.exec(page.body[i]!.text);
      if (!m || m[1] !== expected) continue;
      const marker = new RegExp(`([\\p{L};,.:)”’])${m[1]}(?=\\s|$)`, 'u');
      const at = page.body.slice(0, i).findLastIndex((l) => marker.test(l.text));
      if (at < 0) continue;
      const host = page.body[at]!;
      host.text = host.text.replace(marker, (_, p: string) => p + superscriptLetter(m[1]!));
      notes.push({ n: page.body[i]!.n, text: `${superscriptLetter(m[1]!)} ${m[2]}` });
      roles.set(page.body[i]!.n, 'footnote');
      page.body[i] = { ...page.body[i]!, text: '' };
      expected = String.fromCharCode(expected.charCodeAt(0) + 1);
    }
  }
  return notes;
}

export function normaliseUnLayout(lines: SourceLine[], file: string): UnLayout {
  const cover = readCover(lines);
  const roles = new Map<number, string>(cover.roles);
  const blocks: FurnitureBlock[] = findFurniture(lines, cover.end, cover.facts);
  for (const b of blocks) for (let i = b.from; i <= b.to; i++) if (lines[i]!.text.trim()) roles.set(lines[i]!.n, 'furniture');

  // Segments: the text between running headers, each ending in its footnote block, if any.
  const bounds = [cover.end, ...blocks.flatMap((b) => [b.from, b.to + 1]), lines.length];
  const footnotes: Footnote[] = [];
  const coverNotes: { parts: string[]; lines: number[] }[] = [];
  const pages: (PageText & { body: SourceLine[] })[] = [];
  for (let s = 0; s < bounds.length; s += 2) {
    const from = bounds[s]!;
    const to = bounds[s + 1]!;
    let rule = -1;
    for (let i = from; i < to; i++) if (RULE.test(lines[i]!.text.trim())) rule = rule < 0 ? i : rule;
    const bodyEnd = rule < 0 ? to : rule;
    const onPage = rule < 0 ? [] : readFootnoteBlock(lines, rule + 1, to, footnotes, coverNotes, file);
    if (rule >= 0) roles.set(lines[rule]!.n, 'footnote-rule');
    const body = lines.slice(from, bodyEnd).map((l) => ({ ...l, text: l.text.trim().replace(/\s{2,}/gu, ' ') }));
    pages.push({ body, lines: body, footnotes: onPage.map((f) => f.id) });
  }

  for (const note of coverNotes) {
    cover.facts.notes.push(note.parts.join(' '));
    for (const n of note.lines) roles.set(n, 'cover:note');
  }
  const letterNotes = takeLetterFootnotes(pages, roles);
  const texts = new Map<number, string>();
  for (const p of pages) for (const l of p.body) texts.set(l.n, l.text);
  applyMarkers(texts, findMarkers(pages, file));

  // Page breaks: blank lines at the edges of a page are layout, not paragraph breaks.
  const flow: SourceLine[] = [];
  pages.forEach((p, k) => {
    const body = p.body.map((l) => ({ ...l, text: texts.get(l.n)! }));
    let a = 0;
    let b = body.length;
    if (k > 0) while (a < b && !body[a]!.text) a++;
    while (b > a && !body[b - 1]!.text) b--;
    body.slice(a, b).forEach((l, i) => flow.push(i === 0 && k > 0 ? { ...l, afterBreak: true } : l));
  });

  const out: SourceLine[] = [];
  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    if (!LABEL_ALONE.test(line.text)) {
      out.push(line);
      continue;
    }
    let j = i + 1;
    while (j < flow.length && !flow[j]!.text) j++;
    const next = flow[j];
    if (!next || LABEL_ALONE.test(next.text)) {
      throw new IngestError(
        'LabelWithoutText',
        `"${line.text}" stands alone on its line and no text follows it`,
        { file, line: line.n },
        'A paragraph number or sub-item label needs its text. Check the source for a lost line, or record a correction.',
      );
    }
    out.push({ n: line.n, text: `${line.text} ${next.text}`, also: [...(line.also ?? []), next.n], labelAlone: true, ...(line.afterBreak ? { afterBreak: true } : {}) });
    i = j;
  }

  const notes = [...footnotes.map((f) => ({
    n: f.lines[0]!,
    text: `${f.id.replace(/\d/gu, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)} ${f.parts.join(' ')}`,
    also: f.lines.slice(1),
  })), ...letterNotes];
  return { cover: cover.facts, body: out, footnotes: notes, roles };
}
