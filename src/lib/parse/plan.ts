import { commonLine, continuationLine, namedUnnumbered, subitemLine } from './common-lines.ts';
import type { DocumentBuilder } from './document-builder.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * An action plan (or a plan annexed to a resolution): numbered paragraphs with bis/ter labels,
 * roman-numbered sections, placeholders for deleted and merged paragraphs, and the drafts'
 * tracked-change remnants.
 */

const NUMBERED = /^(\d+)(bis|ter|quater|quinquies|sexies)?\.\s+(.*)$/u;
const NEW_PARAGRAPH = /^\[New Para(?:graph)? (?:btwn|between) (\d+\w*) and (\d+\w*)\]\s+(.*)$/iu;
const ROMAN_HEADING = /^(?:#{1,6}\s+)?(?:\*\*)?([IVX]+)\.\s+(.+?)(?:\*\*)?$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(?:\*\*)?(.+?)(?:\*\*)?$/u;
const BULLET = /^-\s+(.*)$/u;
const DELETED = /^\[?\s*(?:paragraph\s+)?delete(?:d)?\s*\]?$/iu;
const MERGED = /^\[?\s*merged with paragraph (\d+\w*)\s*\]?$/iu;

export const PREAMBLE_ID = 'preamble';

/** Starts a unit from its printed number and text, recognising the placeholders. */
export function startNumbered(line: SourceLine, b: DocumentBuilder, id: string, label: string, rest: string): void {
  const text = rest.trim();
  if (DELETED.test(text)) {
    b.startUnit(line, { id, label, raw: text, status: 'deleted' });
    return;
  }
  const merged = MERGED.exec(text);
  if (merged) {
    b.startUnit(line, { id, label, raw: text, status: 'merged', mergedInto: merged[1]!.toLowerCase() });
    return;
  }
  b.startUnit(line, { id, label, raw: text });
}

export function planLine(line: SourceLine, b: DocumentBuilder): void {
  if (commonLine(line, b)) return;
  const text = line.text.trim();
  let m = ROMAN_HEADING.exec(text);
  if (m) {
    b.heading(line, `${m[1]}. ${m[2]!.trim()}`);
    return;
  }
  m = MARKDOWN_HEADING.exec(text);
  if (m) {
    b.heading(line, m[1]!.trim());
    return;
  }
  m = NUMBERED.exec(text);
  if (m) {
    const id = `${m[1]}${m[2] ?? ''}`;
    if (!m[2]) b.sequence(line, id, Number(m[1]));
    startNumbered(line, b, id, id, m[3]!);
    return;
  }
  m = NEW_PARAGRAPH.exec(text);
  if (m) {
    b.startUnit(line, { id: `new-${m[1]}-${m[2]}`.toLowerCase(), label: `New paragraph between ${m[1]} and ${m[2]}`, raw: m[3]! });
    return;
  }
  if (subitemLine(line, b)) return;
  m = BULLET.exec(text);
  if (m && b.current) {
    b.bullet(line, m[1]!);
    return;
  }
  if (namedUnnumbered(line, b)) return;
  if (continuationLine(line, b)) return;
  // The plan's opening paragraph ("We the States Members ...") carries no number.
  if (b.unitCount === 0 || (b.part === 'annex' && !b.hasUnitInPart('annex'))) {
    b.startUnit(line, { id: PREAMBLE_ID, label: 'Preamble', raw: text });
    return;
  }
  b.fail(line, 'a numbered paragraph ("17.", "17bis."), a sub-item ("a.", "(a)"), a section heading ("II. ..."), a tracked-change note ("Deleted: ...") or the rest of the paragraph above');
}

export function parsePlan(lines: SourceLine[], b: DocumentBuilder): void {
  for (const line of lines) planLine(line, b);
}
