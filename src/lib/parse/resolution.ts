import { commonLine, continuationLine, namedUnnumbered, subitemLine } from './common-lines.ts';
import type { DocumentBuilder } from './document-builder.ts';
import { planLine, startNumbered } from './plan.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * A resolution: the chapeau ("The Economic and Social Council,"), preambular paragraphs (numbered
 * `PP1` in drafts, unnumbered in adopted texts, where they are counted PP1, PP2 ... as UN
 * negotiators do), operative paragraphs `1.` with `(a)`/`(i)` sub-items, and footnotes.
 */

const CHAPEAU = /^\*?The [^,]+,\*?$/u;
const PREAMBULAR = /^PP(\d+)\s+(.*)$/u;
const OPERATIVE = /^(?:-\s+)?(\d+)\.\s+(.*)$/u;
const BULLET = /^-\s+(.*)$/u;
const ANNEX = /^#{1,6}\s*ANNEX\b[:.]?\s*(.*)$/iu;

function resolutionLine(line: SourceLine, b: DocumentBuilder, preambular: { count: number }): void {
  if (commonLine(line, b)) return;
  const text = line.text.trim();
  if (b.unitCount === 0 && CHAPEAU.test(text)) {
    b.matter(line, 'chapeau');
    return;
  }
  let m = PREAMBULAR.exec(text);
  if (m) {
    b.part = 'preambular';
    preambular.count = Number(m[1]);
    b.startUnit(line, { id: `pp${m[1]}`, label: `PP${m[1]}`, raw: m[2]! });
    return;
  }
  m = OPERATIVE.exec(text);
  if (m) {
    b.part = 'operative';
    b.sequence(line, `op${m[1]}`, Number(m[1]));
    startNumbered(line, b, `op${m[1]}`, m[1]!, m[2]!);
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
  if (b.part !== 'operative' && /^\p{Lu}/u.test(text)) {
    b.part = 'preambular';
    preambular.count += 1;
    b.startUnit(line, { id: `pp${preambular.count}`, label: `PP${preambular.count}`, raw: text });
    return;
  }
  b.fail(line, 'a preambular paragraph, an operative paragraph ("1.", "- 1."), a sub-item ("(a)", "(i)"), a footnote ("¹ ...") or the rest of the paragraph above');
}

export function parseResolution(lines: SourceLine[], b: DocumentBuilder): void {
  const preambular = { count: 0 };
  for (const line of lines) resolutionLine(line, b, preambular);
}

/** A draft resolution followed by `## ANNEX: ...` and the plan it adopts. */
export function parseResolutionWithAnnex(lines: SourceLine[], b: DocumentBuilder): void {
  const preambular = { count: 0 };
  let inAnnex = false;
  for (const line of lines) {
    if (!inAnnex) {
      const m = ANNEX.exec(line.text.trim());
      if (m) {
        inAnnex = true;
        b.part = 'annex';
        b.heading(line, `Annex: ${m[1]!.replace(/^\*\*|\*\*$/gu, '').trim()}`);
        continue;
      }
      resolutionLine(line, b, preambular);
    } else planLine(line, b);
  }
}
