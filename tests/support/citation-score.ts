import { readFileSync } from 'node:fs';
import { CitationMatcher } from '../../src/lib/cite/citation-matcher.ts';
import { footnoteCitations } from '../../src/lib/cite/footnote-citations.ts';
import { instrumentsFile } from '../../src/lib/cite/instrument-registry.ts';
import { pinpointKey, provisionKey } from '../../src/lib/cite/pinpoint.ts';
import { unitReferences } from '../../src/lib/cite/unit-references.ts';
import type { CorpusUnit } from '../../src/lib/corpus.ts';
import { ROOT } from './project.ts';

/** One labelled case of tests/fixtures/citations/{in-sample,held-out}.json. */
export type LabelledCase =
  | { split: string; source: string; line?: number; text: string; expected: string[]; defaults?: Record<string, string> }
  | { split: string; source: string; footnotes: { id: string; text: string; expected: string[]; line?: number }[] };

export type Level = 'instrument' | 'article' | 'pinpoint';
export const LEVELS: Level[] = ['instrument', 'article', 'pinpoint'];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  misses: string[];
}

export function loadMatcher(): CitationMatcher {
  return new CitationMatcher(instrumentsFile.parse(JSON.parse(readFileSync(`${ROOT}content/instruments.json`, 'utf8'))));
}

export function loadCases(file: 'in-sample' | 'held-out'): LabelledCase[] {
  return (JSON.parse(readFileSync(`${ROOT}tests/fixtures/citations/${file}.json`, 'utf8')) as { cases: LabelledCase[] }).cases;
}

/** A label cut to a level: "untoc@article 6(2)" is "untoc@article 6" at article level and "untoc" at instrument level. */
export function atLevel(label: string, level: Level): string {
  const [instrument, provision] = label.split('@') as [string, string | undefined];
  if (level === 'instrument' || provision === undefined) return instrument;
  return level === 'article' ? `${instrument}@${provision.replace(/\(.*$/u, '')}` : label;
}

export function labelsOf(references: CorpusUnit['references']): string[] {
  return references.map((r) => (r.pinpoint ? `${r.instrument}@${pinpointKey(r.pinpoint)}` : r.instrument));
}

/** Detected labels per case item: the text, or each footnote, read exactly as the ingest reads a unit. */
export function detect(matcher: CitationMatcher, c: LabelledCase): { where: string; found: string[]; expected: string[] }[] {
  if ('text' in c) {
    const citations = matcher.context(c.defaults ?? {}).scan(c.text);
    return [{ where: `${c.source}${c.line ? `:${c.line}` : ''} "${c.text.slice(0, 50)}..."`, found: labelsOf(unitReferences(citations, matcher).references), expected: c.expected }];
  }
  const byFootnote = footnoteCitations(c.footnotes, matcher);
  return c.footnotes.map((f) => ({
    where: `${c.source} footnote ${f.id}`,
    found: labelsOf(unitReferences(byFootnote.get(f.id) ?? [], matcher).references),
    expected: f.expected,
  }));
}

export function score(matcher: CitationMatcher, cases: LabelledCase[], level: Level): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const c of cases) {
    for (const { where, found, expected } of detect(matcher, c)) {
      const got = new Set(found.map((l) => atLevel(l, level)));
      const want = new Set(expected.map((l) => atLevel(l, level)));
      for (const g of got) if (want.has(g)) tp++; else { fp++; misses.push(`${where}: extra ${g}`); }
      for (const w of want) if (!got.has(w)) { fn++; misses.push(`${where}: missed ${w}`); }
    }
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), misses };
}

export { provisionKey };
