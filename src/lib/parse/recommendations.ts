import type { DocumentBuilder } from './document-builder.ts';
import { COMMON, CONTINUATION, NAMED_UNNUMBERED, runRules, SUBITEM, type LineRule, type RuleState } from './line-rules.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * A report listing recommendations by meeting (`I. First meeting, Vienna, 14 and 15 April 2009`),
 * numbering restarting at 1 under each meeting; unit ids carry the meeting: `m4-46`.
 */

const MEETING = /^([IVXL]+)\.\s+(\S+ meeting\b.*)$/u;
const NUMBERED = /^(?:-\s+)?(\d+)\.\s+(.*)$/u;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

interface RecommendationsState extends RuleState {
  meeting: number | null;
}

const RULES: readonly LineRule<RecommendationsState>[] = [
  COMMON,
  {
    name: 'meeting-heading',
    apply: (line, text, s) => {
      const m = MEETING.exec(text);
      if (!m) return false;
      s.meeting = romanToNumber(m[1]!);
      s.b.part = `m${s.meeting}`;
      s.b.heading(line, `${m[1]}. ${m[2]}`);
      return true;
    },
  },
  {
    name: 'recommendation',
    apply: (line, text, s) => {
      const m = NUMBERED.exec(text);
      if (!m || s.meeting === null) return false;
      s.b.sequence(line, `m${s.meeting}-${m[1]}`, Number(m[1]));
      s.b.startUnit(line, { id: `m${s.meeting}-${m[1]}`, label: m[1]!, raw: m[2]! });
      return true;
    },
  },
  SUBITEM,
  NAMED_UNNUMBERED,
  CONTINUATION,
  {
    // A meeting that adopted nothing of its own says so in a sentence under its heading.
    name: 'meeting-note',
    apply: (line, _text, s) => {
      if (s.meeting === null || s.b.hasUnitInPart(`m${s.meeting}`)) return false;
      s.b.matter(line, 'note');
      return true;
    },
  },
];

export function parseRecommendations(lines: SourceLine[], b: DocumentBuilder): void {
  runRules(RULES, { b, lines, index: 0, meeting: null }, () =>
    'a meeting heading ("IV. Fourth meeting, ..."), a numbered recommendation ("12."), a sub-item ("(a)", "(i)"), a footnote ("¹ ...") or the rest of the recommendation above',
  );
}
