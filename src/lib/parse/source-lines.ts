import type { Correction } from '../document-meta.ts';
import { IngestError } from '../errors.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** The line as the parser sees it: corrections applied, trailing white space removed. */
  text: string;
}

/** Splits a source into numbered lines, the way `wc -l`, editors and people count them. */
export function splitLines(text: string): SourceLine[] {
  const raw = text.split(/\r?\n/);
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((line, i) => ({ n: i + 1, text: line.replace(/\s+$/u, '') }));
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
