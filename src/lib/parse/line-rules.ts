import { commonLine, continuationLine, namedUnnumbered, subitemLine } from './common-lines.ts';
import type { DocumentBuilder } from './document-builder.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * Every shape parser is an ordered table of line rules run by one loop: the first rule that claims
 * a line decides what it is, and a line no rule claims stops the ingest. A new layout is a new rule
 * in a table, not a new branch in a cascade.
 */

/** What every rule can see: the builder, all lines, and where the loop is (rules may look ahead). */
export interface RuleState {
  b: DocumentBuilder;
  lines: SourceLine[];
  index: number;
}

export interface LineRule<S extends RuleState = RuleState> {
  /** What the rule recognises, for people reading the table. */
  name: string;
  /** Claims the line (returns true) or leaves it to the next rule. */
  apply: (line: SourceLine, text: string, state: S) => boolean;
}

/** Runs the table over every line; `expected` says, for the error, what the shape accepts at that point. */
export function runRules<S extends RuleState>(rules: readonly LineRule<S>[], state: S, expected: (state: S) => string): void {
  for (; state.index < state.lines.length; state.index++) {
    const line = state.lines[state.index]!;
    const text = line.text.trim();
    if (!rules.some((rule) => rule.apply(line, text, state))) state.b.fail(line, expected(state));
  }
}

/** Lines every shape shares: blank lines, lines the metadata lists, footnotes, tracked changes, editors' notes. */
export const COMMON: LineRule = { name: 'common', apply: (line, _text, s) => commonLine(line, s.b) };
/** A labelled sub-item: `(a)`, `a.`, `(ii)`, optionally as a list item. */
export const SUBITEM: LineRule = { name: 'sub-item', apply: (line, _text, s) => subitemLine(line, s.b) };
/** An unnumbered paragraph the metadata names as a unit. */
export const NAMED_UNNUMBERED: LineRule = { name: 'named-unnumbered', apply: (line, _text, s) => namedUnnumbered(line, s.b) };
/** The rest of a paragraph cut by a line or page break, or the sentence closing a list. */
export const CONTINUATION: LineRule = { name: 'continuation', apply: (line, _text, s) => continuationLine(line, s.b) };
/** An unlabelled list entry (`- text`) of the current unit. */
export const BULLET: LineRule = {
  name: 'bullet',
  apply: (line, text, s) => {
    const m = /^-\s+(.*)$/u.exec(text);
    if (!m || !s.b.current) return false;
    s.b.bullet(line, m[1]!);
    return true;
  },
};
