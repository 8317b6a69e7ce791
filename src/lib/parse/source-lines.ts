import type { Correction } from '../document-meta.ts';
import { IngestError } from '../errors.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** The line as the parser sees it: corrections applied, trailing white space removed. */
  text: string;
  /** Further source lines folded into this one by the normaliser (a label alone on its line and its text). */
  also?: number[];
  /** A page break (running header, footnotes) stands between this line and the body text before it. */
  afterBreak?: boolean;
  /** The line began with a paragraph number or sub-item label that stood alone on its own line. */
  labelAlone?: boolean;
}

/** Splits a source into numbered lines, the way `wc -l`, editors and people count them. */
export function splitLines(text: string): SourceLine[] {
  // A lone CR ends a line too (old Mac files): read as one line, a whole text would become one unit.
  const raw = text.split(/\r\n|\r|\n/u);
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  // trimEnd() is linear; a `\s+$` pattern backtracks quadratically on a long run of spaces.
  return raw.map((line, i) => ({ n: i + 1, text: line.trimEnd() }));
}

/**
 * Applies recorded corrections to the parser's view of the lines. A correction that no longer
 * matches stops the build: silently skipping it would show readers uncorrected text as corrected.
 */
export function applyCorrections(lines: SourceLine[], corrections: Correction[], file: string): SourceLine[] {
  const out = lines.map((l) => ({ ...l }));
  for (const c of corrections) {
    const line = out[c.line - 1];
    const count = line ? line.text.split(c.find).length - 1 : 0;
    if (!line || count !== 1) {
      throw new IngestError(
        'CorrectionDoesNotApply',
        `correction "${c.find}" -> "${c.replace}" expects the text to occur exactly once on this line; found ${count}`,
        { file, line: c.line },
        'The source changed since the correction was recorded. Check content/corrections.json against the source and update or remove the entry.',
      );
    }
    line.text = line.text.replace(c.find, () => c.replace);
  }
  return out;
}
