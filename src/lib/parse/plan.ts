import type { DocumentBuilder } from './document-builder.ts';
import { BULLET, COMMON, CONTINUATION, NAMED_UNNUMBERED, runRules, SUBITEM, type LineRule, type RuleState } from './line-rules.ts';
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

/** The plan's rules, in order. */
export const PLAN_RULES: readonly LineRule[] = [
  COMMON,
  {
    name: 'roman-heading',
    apply: (line, text, s) => {
      const m = ROMAN_HEADING.exec(text);
      if (m) s.b.heading(line, `${m[1]}. ${m[2]!.trim()}`);
      return Boolean(m);
    },
  },
  {
    name: 'markdown-heading',
    apply: (line, text, s) => {
      const m = MARKDOWN_HEADING.exec(text);
      if (m) s.b.heading(line, m[1]!.trim());
      return Boolean(m);
    },
  },
  {
    name: 'numbered-paragraph',
    apply: (line, text, s) => {
      const m = NUMBERED.exec(text);
      if (!m) return false;
      const id = `${m[1]}${m[2] ?? ''}`;
      if (!m[2]) s.b.sequence(line, id, Number(m[1]));
      startNumbered(line, s.b, id, id, m[3]!);
      return true;
    },
  },
  {
    name: 'new-paragraph-note',
    apply: (line, text, s) => {
      const m = NEW_PARAGRAPH.exec(text);
      if (m) s.b.startUnit(line, { id: `new-${m[1]}-${m[2]}`.toLowerCase(), label: `New paragraph between ${m[1]} and ${m[2]}`, raw: m[3]! });
      return Boolean(m);
    },
  },
  SUBITEM,
  BULLET,
  NAMED_UNNUMBERED,
  CONTINUATION,
  {
    // The plan's opening paragraph ("We the States Members ...") carries no number.
    name: 'preamble',
    apply: (line, text, s) => {
      if (!(s.b.unitCount === 0 || (s.b.part === 'annex' && !s.b.hasUnitInPart('annex')))) return false;
      s.b.startUnit(line, { id: PREAMBLE_ID, label: 'Preamble', raw: text });
      return true;
    },
  },
];

export const PLAN_EXPECTED =
  'a numbered paragraph ("17.", "17bis."), a sub-item ("a.", "(a)"), a section heading ("II. ..."), a tracked-change note ("Deleted: ...") or the rest of the paragraph above';

export function parsePlan(lines: SourceLine[], b: DocumentBuilder): void {
  runRules<RuleState>(PLAN_RULES, { b, lines, index: 0 }, () => PLAN_EXPECTED);
}
