import type { DocumentBuilder } from './document-builder.ts';
import { BULLET, COMMON, CONTINUATION, NAMED_UNNUMBERED, runRules, SUBITEM, type LineRule, type RuleState } from './line-rules.ts';
import { PLAN_EXPECTED, PLAN_RULES, startNumbered } from './plan.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * A resolution: the chapeau ("The Economic and Social Council,"), preambular paragraphs (numbered
 * `PP1` in drafts, unnumbered in adopted texts, where they are counted PP1, PP2 ... as UN
 * negotiators do), operative paragraphs `1.` with `(a)`/`(i)` sub-items, and footnotes; with an
 * annex (`## ANNEX: ...`), the plan it adopts.
 */

const CHAPEAU = /^\*?The [^,]+,\*?$/u;
const PREAMBULAR = /^PP(\d+)\s+(.*)$/u;
const OPERATIVE = /^(?:-\s+)?(\d+)\.\s+(.*)$/u;
const ANNEX = /^#{1,6}\s*ANNEX\b[:.]?\s*(.*)$/iu;

interface ResolutionState extends RuleState {
  preambular: number;
  inAnnex: boolean;
}

const RESOLUTION_EXPECTED =
  'a preambular paragraph, an operative paragraph ("1.", "- 1."), a sub-item ("(a)", "(i)"), a footnote ("¹ ...") or the rest of the paragraph above';

const RESOLUTION_RULES: readonly LineRule<ResolutionState>[] = [
  {
    // Once the annex has begun, the plan's rules read every line.
    name: 'annex-body',
    apply: (line, text, s) => s.inAnnex && (PLAN_RULES.some((rule) => rule.apply(line, text, s)) || s.b.fail(line, PLAN_EXPECTED)),
  },
  {
    name: 'annex-heading',
    apply: (line, text, s) => {
      const m = s.b.meta.shape === 'resolution-with-annex' ? ANNEX.exec(text) : null;
      if (!m) return false;
      s.inAnnex = true;
      s.b.part = 'annex';
      s.b.heading(line, `Annex: ${m[1]!.replace(/^\*\*|\*\*$/gu, '').trim()}`);
      return true;
    },
  },
  COMMON,
  {
    name: 'chapeau',
    apply: (line, text, s) => {
      if (s.b.unitCount !== 0 || !CHAPEAU.test(text)) return false;
      s.b.matter(line, 'chapeau');
      return true;
    },
  },
  {
    name: 'numbered-preambular',
    apply: (line, text, s) => {
      const m = PREAMBULAR.exec(text);
      if (!m) return false;
      s.b.part = 'preambular';
      s.preambular = Number(m[1]);
      s.b.startUnit(line, { id: `pp${m[1]}`, label: `PP${m[1]}`, raw: m[2]! });
      return true;
    },
  },
  {
    name: 'operative',
    apply: (line, text, s) => {
      const m = OPERATIVE.exec(text);
      if (!m) return false;
      s.b.part = 'operative';
      s.b.sequence(line, `op${m[1]}`, Number(m[1]));
      startNumbered(line, s.b, `op${m[1]}`, m[1]!, m[2]!);
      return true;
    },
  },
  SUBITEM,
  BULLET,
  NAMED_UNNUMBERED,
  CONTINUATION,
  {
    name: 'unnumbered-preambular',
    apply: (line, text, s) => {
      if (s.b.part === 'operative' || !/^\p{Lu}/u.test(text)) return false;
      s.b.part = 'preambular';
      s.preambular += 1;
      s.b.startUnit(line, { id: `pp${s.preambular}`, label: `PP${s.preambular}`, raw: text });
      return true;
    },
  },
];

export function parseResolution(lines: SourceLine[], b: DocumentBuilder): void {
  runRules(RESOLUTION_RULES, { b, lines, index: 0, preambular: 0, inAnnex: false }, () => RESOLUTION_EXPECTED);
}

/** A draft resolution followed by `## ANNEX: ...` and the plan it adopts. */
export const parseResolutionWithAnnex = parseResolution;
