import { commonLine, continuationLine, namedUnnumbered, subitemLine } from './common-lines.ts';
import type { DocumentBuilder } from './document-builder.ts';
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

export function parseRecommendations(lines: SourceLine[], b: DocumentBuilder): void {
  let meeting: number | null = null;
  for (const line of lines) {
    if (commonLine(line, b)) continue;
    const text = line.text.trim();
    let m = MEETING.exec(text);
    if (m) {
      meeting = romanToNumber(m[1]!);
      b.part = `m${meeting}`;
      b.heading(line, `${m[1]}. ${m[2]}`);
      continue;
    }
    m = NUMBERED.exec(text);
    if (m && meeting !== null) {
      b.sequence(line, `m${meeting}-${m[1]}`, Number(m[1]));
      b.startUnit(line, { id: `m${meeting}-${m[1]}`, label: m[1]!, raw: m[2]! });
      continue;
    }
    if (subitemLine(line, b)) continue;
    if (namedUnnumbered(line, b)) continue;
    if (continuationLine(line, b)) continue;
    // A meeting that adopted nothing of its own says so in a sentence under its heading.
    if (meeting !== null && !b.hasUnitInPart(`m${meeting}`)) {
      b.matter(line, 'note');
      continue;
    }
    b.fail(line, 'a meeting heading ("IV. Fourth meeting, ..."), a numbered recommendation ("12."), a sub-item ("(a)", "(i)"), a footnote ("¹ ...") or the rest of the recommendation above');
  }
}
