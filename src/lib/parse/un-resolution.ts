import { DATE } from '../normalise/un-dates.ts';
import { IngestError } from '../errors.ts';
import { FOOTNOTE_LINE } from './common-lines.ts';
import { withoutMarkers, type DocumentBuilder } from './document-builder.ts';
import { runRules, type LineRule, type RuleState } from './line-rules.ts';
import { superscriptToDigits } from './inline.ts';
import { opensPreambular } from './preambular-openers.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * A resolution or draft resolution as the UN publishes it, after the normalising stage: the chapeau
 * ("The General Assembly,"), unnumbered preambular paragraphs (counted `pp1`, `pp2` as negotiators
 * do), numbered operative paragraphs (`op1`), sub-items `(a)` with `(i)` under them, the closing
 * meeting line, and annexes that number their paragraphs afresh (`annex-1`, or `annex-ii-1` where
 * there are several), with lettered or roman section headings, unlabelled sub-headings and boxed
 * blocks. The rules are tried in order; the first that claims a line decides what it is.
 */

type Part = 'preamble' | 'operative' | 'annex';

interface State extends RuleState {
  part: Part;
  preambular: number;
  /** Last operative or annex paragraph number, for the sequence check. */
  lastNumber: number;
  annexes: number;
  annexRoman: string | null;
  /** True when the chapeau has no comma: the resolution is one sentence with one unnumbered operative paragraph. */
  oneSentence: boolean;
  chapeauSeen: boolean;
  /** The lines after "Annex" up to the first blank line are its title. */
  inAnnexTitle: boolean;
  annexTitle: string[];
  annexTitleLine: SourceLine | null;
  afterMeeting: boolean;
  /** A section heading was just read; a further line of its title may follow. */
  headingOpen: boolean;
}

type Rule = LineRule<State>;

const CHAPEAU = /^The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission on [\p{L} ]+|Conference of the Parties[\p{L} ]*)(,?)$/u;
const MEETING = /^\d+(?:st|nd|rd|th) (?:plenary )?meeting$/u;
const DATE_LINE = new RegExp(`^${DATE}$`, 'u');
const ANNEX = /^Annex(?: ([IVX]+))?$/u;
const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/u;
const SECTION = /^([A-Z]|[IVXLC]{1,6})\.\s+(\S.*)$/u;
const SUBITEM = /^\(([a-z]{1,2}|[ivxl]{1,6})\)\s+(\S.*)$/u;
/** A short line with no closing punctuation: a sub-heading, or the label of a boxed block. */
const SHORT_HEADING = /^\p{Lu}[^;:]*[^.;:,\s]$/u;
const TERMINAL = /[.;:]$/u;

function unitIdFor(s: State, n: string): string {
  if (s.part !== 'annex') return `op${n}`;
  return s.annexes > 1 || s.annexRoman ? `annex-${(s.annexRoman ?? 'i').toLowerCase()}-${n}` : `annex-${n}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

function nextNonBlank(s: State): string | null {
  for (let k = s.index + 1; k < s.lines.length; k++) {
    const t = s.lines[k]!.text.trim();
    if (t) return t;
  }
  return null;
}

function followedByBlank(s: State): boolean {
  const next = s.lines[s.index + 1];
  return !next || next.text.trim() === '';
}

function openEnded(s: State): boolean {
  const open = s.b.openText;
  return open !== null && !TERMINAL.test(withoutMarkers(open.end));
}

const RULES: readonly Rule[] = [
  {
    name: 'blank',
    apply: (_line, text, s) => {
      if (text) return false;
      if (s.inAnnexTitle && s.annexTitleLine) {
        s.inAnnexTitle = false;
        s.b.heading(s.annexTitleLine!, `Annex${s.annexRoman ? ` ${s.annexRoman}` : ''}: ${s.annexTitle.join(' ')}`);
      }
      s.b.blank();
      return true;
    },
  },
  {
    name: 'annex-title',
    apply: (line, text, s) => {
      if (!s.inAnnexTitle) return false;
      s.annexTitle.push(text);
      s.annexTitleLine ??= line;
      s.b.claimAs(line, 'heading');
      return true;
    },
  },
  {
    name: 'footnote',
    apply: (line, text, s) => {
      const m = FOOTNOTE_LINE.exec(text);
      if (!m) return false;
      s.b.footnote(line, superscriptToDigits(m[1]!), m[2]!);
      return true;
    },
  },
  {
    name: 'chapeau',
    apply: (line, text, s) => {
      const m = s.chapeauSeen ? null : CHAPEAU.exec(text);
      if (!m) return false;
      s.chapeauSeen = true;
      s.oneSentence = m[1] !== ',';
      s.b.matter(line, 'chapeau');
      return true;
    },
  },
  {
    name: 'meeting',
    apply: (line, text, s) => {
      if (MEETING.test(text) || (s.afterMeeting && DATE_LINE.test(text))) {
        s.afterMeeting = MEETING.test(text);
        s.b.matter(line, 'adoption');
        return true;
      }
      s.afterMeeting = false;
      return false;
    },
  },
  {
    name: 'annex',
    apply: (line, text, s) => {
      const m = ANNEX.exec(text);
      if (!m) return false;
      s.part = 'annex';
      s.annexes += 1;
      s.annexRoman = m[1] ?? null;
      s.lastNumber = 0;
      s.b.part = 'annex';
      s.inAnnexTitle = true;
      s.annexTitle = [];
      s.annexTitleLine = null;
      s.b.claimAs(line, 'heading');
      s.b.blank();
      return true;
    },
  },
  {
    name: 'heading-continuation',
    apply: (line, text, s) => {
      if (!s.headingOpen) return false;
      s.headingOpen = false;
      if (!text || NUMBERED.test(text) || SUBITEM.test(text) || line.labelAlone || TERMINAL.test(text)) return false;
      // The rest of a wrapped title ends the heading: a blank line or a numbered paragraph follows. More text
      // after it means this line opens a paragraph, which the other rules read.
      const next = s.lines[s.index + 1]?.text.trim() ?? '';
      if (next && !NUMBERED.test(next) && !s.lines[s.index + 1]!.labelAlone) return false;
      s.b.extendHeading(line, text);
      return true;
    },
  },
  {
    // "A." or "II." alone on its line with the title after it, or "II. Implementation of ..." on one line after a break.
    name: 'section-heading',
    apply: (line, text, s) => {
      const m = s.part === 'preamble' ? null : SECTION.exec(text);
      if (!m || TERMINAL.test(m[2]!) || !(line.labelAlone || s.b.interruptedNow || (line.afterBreak && !openEnded(s)))) return false;
      s.b.heading(line, `${m[1]}. ${m[2]}`);
      s.headingOpen = !line.labelAlone;
      return true;
    },
  },
  {
    name: 'numbered-paragraph',
    apply: (line, text, s) => {
      const m = NUMBERED.exec(text);
      if (!m) return false;
      const n = Number(m[1]);
      if (n !== s.lastNumber + 1) {
        // "2010. ..." in the middle of a sentence is the rest of that sentence, not paragraph 2010.
        if (openEnded(s) && !line.labelAlone) return false;
        throw new IngestError(
          'NumberOutOfSequence',
          `paragraph ${n} follows paragraph ${s.lastNumber || '(none)'}; expected ${s.lastNumber + 1}`,
          { file: s.b.file, line: line.n },
          'A paragraph number was skipped, repeated or misread (for example "2," for "2."). Check the source; record a correction in content/corrections.json where conversion changed the number.',
        );
      }
      if (s.part === 'preamble') s.part = 'operative';
      s.b.part = s.part === 'annex' ? 'annex' : 'operative';
      s.lastNumber = n;
      s.b.startUnit(line, { id: unitIdFor(s, m[1]!), label: m[1]!, raw: m[2]! });
      return true;
    },
  },
  {
    name: 'sub-item',
    apply: (line, text, s) => {
      const m = SUBITEM.exec(text);
      if (!m || !s.b.current) return false;
      // "(c) whenever ..." that wraps an inline list "(a) ... (b) ..." is the rest of the sentence.
      const open = s.b.openText;
      if (!line.labelAlone && open && /\([a-z]{1,2}\)\s/u.test(open.raw) && open.kind !== 'item') return false;
      s.b.item(line, m[1]!, `(${m[1]})`, m[2]!);
      return true;
    },
  },
  {
    name: 'preambular-opener',
    apply: (line, text, s) => {
      if (s.part !== 'preamble' || s.oneSentence || !opensPreambular(text)) return false;
      const open = s.b.openText;
      if (open && !/[,;:.]$/u.test(withoutMarkers(open.end))) return false;
      startPreambular(line, text, s);
      return true;
    },
  },
  {
    name: 'box',
    apply: (line, text, s) => {
      if (s.part !== 'annex' || !SHORT_HEADING.test(text) || text.split(' ').length > 8) return false;
      // A label or sub-heading stands after a blank line, or at the top of a page after a paragraph that
      // ended; the box's own first line follows its label directly.
      if (!s.b.interruptedNow && !(line.afterBreak && !openEnded(s))) return false;
      const next = nextNonBlank(s);
      // A sub-heading stands alone or right above a numbered paragraph; a box's label has its text under it.
      if (followedByBlank(s) || (next !== null && NUMBERED.test(next))) {
        s.b.heading(line, text);
        return true;
      }
      if (!next) return false;
      s.b.startUnit(line, { id: `${unitIdFor(s, '').replace(/-$/u, '')}-${slug(text)}`, label: text, raw: '' });
      return true;
    },
  },
  {
    name: 'continuation',
    apply: (line, text, s) => {
      if (!s.b.canContinue(text)) return false;
      if (line.afterBreak && s.part === 'preamble' && /,$/u.test(withoutMarkers(s.b.openText?.end ?? '')) && /^\p{Lu}/u.test(text)) {
        pageBreakAfterComma(line, text, s);
      }
      s.b.continuation(line);
      return true;
    },
  },
  {
    name: 'preambular-paragraph',
    apply: (line, text, s) => {
      if (s.part !== 'preamble' || !/^\p{Lu}/u.test(text)) return false;
      if (s.oneSentence) {
        if (s.b.unitCount > 0) return false;
        s.part = 'operative';
        s.b.part = 'operative';
        s.b.startUnit(line, { id: 'op1', label: 'OP1', raw: text });
        return true;
      }
      startPreambular(line, text, s);
      return true;
    },
  },
  {
    name: 'annex-paragraph-text',
    apply: (line, text, s) => {
      // The text of a boxed block, after its label.
      const unit = s.b.current;
      if (s.part !== 'annex' || !unit || s.b.openText !== null || !unit.label || /^\d/u.test(unit.label)) return false;
      s.b.paragraph(line, text);
      return true;
    },
  },
];

/**
 * A page that ends a preambular paragraph's comma and a next page that opens with a capital: the
 * next paragraph, or the same sentence going on ("... Member States, / United Nations agencies").
 * A word shaped like a preambular phrase ("Deploring", "Alarmed", "Strongly") that the list lacks
 * cannot be told apart: that stops the ingest. Any other word continues the sentence, and is shown.
 */
function pageBreakAfterComma(line: SourceLine, text: string, s: State): void {
  const [, word = '', next = ''] = /^(\p{L}+)\s*(\S*)/u.exec(text) ?? [];
  // A name goes on in capitals ("United Nations", "Beijing Declaration"); a phrase does not ("Lamenting that").
  if (/(?:ing|ed|ly)$/u.test(word) && !/^\p{Lu}/u.test(next)) {
    throw new IngestError(
      'UnrecognisedLine',
      `after a page break, "${word} ..." may start a new preambular paragraph or continue the one before it (which ends with a comma)`,
      { file: s.b.file, line: line.n },
      `If "${word}" opens a preambular paragraph, add it to the preambular phrases in src/lib/parse/preambular-openers.ts; if it continues the sentence, record a correction in content/corrections.json that makes this visible in the text.`,
    );
  }
  s.b.warn(
    line,
    'PageBreakCapital',
    `"${text.slice(0, 40)}" after a page break is read as the rest of the paragraph before it, which ended with a comma`,
    'Check the page in the PDF; if a new paragraph starts here, add its opening phrase to src/lib/parse/preambular-openers.ts.',
  );
}

function startPreambular(line: SourceLine, text: string, s: State): void {
  s.preambular += 1;
  s.b.part = 'preambular';
  s.b.startUnit(line, { id: `pp${s.preambular}`, label: `PP${s.preambular}`, raw: text });
}

export function parseUnResolution(lines: SourceLine[], b: DocumentBuilder): void {
  const s: State = {
    b, lines, index: 0, part: 'preamble', preambular: 0, lastNumber: 0, annexes: 0, annexRoman: null,
    oneSentence: false, chapeauSeen: false, inAnnexTitle: false, annexTitle: [], annexTitleLine: null, afterMeeting: false,
    headingOpen: false,
  };
  runRules(RULES, s, (state) =>
    state.part === 'annex'
      ? 'an annex paragraph ("12."), a sub-item ("(a)"), a section heading ("A." then its title), a boxed block or the rest of the paragraph above'
      : 'the chapeau ("The General Assembly,"), a preambular paragraph ("Recalling ..."), an operative paragraph ("1."), a sub-item ("(a)"), the meeting line ("69th plenary meeting"), "Annex", or the rest of the paragraph above',
  );
}
