import type { CorpusDocument, CorpusUnit } from '../corpus.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { wordDiff, type DiffSegment } from '../lineage/word-diff.ts';

type Link = CorpusUnit['lineage']['parents'][number];

/** Word diffs only compare a paragraph with its own rewording; a part against a whole is noise. */
function comparable(link: Link): boolean {
  return link.kind === 'unchanged' || link.kind === 'reworded' || link.kind === 'replaced';
}

export interface HistoryStep {
  doc: CorpusDocument;
  unit: CorpusUnit;
  link: Link;
  /** From the earlier text to the later one. */
  diff: DiffSegment[];
  /** Generations away from the unit the page is about. */
  depth: number;
  /** The version on the near side of the link (the page's unit at depth 1). */
  via: { doc: CorpusDocument; unit: CorpusUnit };
}

/** A step of a unit's history as the ingest stores it: units by key, the diff computed once. */
export interface StoredStep {
  unit: string;
  link: Link;
  diff: DiffSegment[];
  depth: number;
  via: string;
}

/** Word diffs by pair of units: every pair shows on both units' pages and on those of their other versions. */
export type DiffCache = Map<string, DiffSegment[]>;

/**
 * Earlier (`parents`) or later (`children`) versions, nearest first, each diffed from the older
 * version of the pair to the newer. Run by the ingest, once per corpus.
 */
export function versions(index: CorpusIndex, key: string, direction: 'parents' | 'children', diffs: DiffCache = new Map()): StoredStep[] {
  const steps: StoredStep[] = [];
  const diff = (link: Link, older: CorpusUnit, newer: CorpusUnit, shown: CorpusUnit, pair: string): DiffSegment[] => {
    if (!comparable(link)) return [{ op: 'same', text: shown.text }];
    let found = diffs.get(pair);
    if (!found) {
      found = wordDiff(older.text, newer.text);
      diffs.set(pair, found);
    }
    return found;
  };
  const walk = (currentKey: string, depth: number) => {
    const current = index.unit(currentKey).unit;
    for (const link of current.lineage[direction]) {
      const found = index.unit(link.unit).unit;
      const [older, newer, pair] = direction === 'parents' ? [found, current, `${link.unit} ${currentKey}`] : [current, found, `${currentKey} ${link.unit}`];
      steps.push({ unit: link.unit, link, diff: diff(link, older, newer, found, pair), depth, via: currentKey });
      walk(link.unit, depth + 1);
    }
  };
  walk(key, 1);
  return steps;
}

/** The stored steps with their units, for the page. */
export function resolveSteps(index: CorpusIndex, steps: StoredStep[]): HistoryStep[] {
  return steps.map((s) => ({ ...index.unit(s.unit), link: s.link, diff: s.diff, depth: s.depth, via: index.unit(s.via) }));
}

const KINDS: Record<Link['kind'], [string, string]> = {
  // [the later version ... the earlier one, the earlier version ... the later one]
  unchanged: ['has the same words as', 'was kept word for word as'],
  reworded: ['is a rewording of', 'was reworded as'],
  merged: ['absorbed', 'was merged into'],
  split: ['was split off from', 'partly became'],
  replaced: ['was written in place of', 'was replaced by'],
};

export function relation(link: Link, direction: 'earlier' | 'later'): string {
  const text = KINDS[link.kind][direction === 'earlier' ? 0 : 1];
  return text;
}

/** The two paragraphs a link joins, by name: the older version and the newer one. */
export interface LinkEnds {
  older: string;
  newer: string;
}

/** Why the alignment believes a link, in plain words a reader can check against the texts. */
export function evidenceText(link: Link, ends: LinkEnds): string {
  const same = `${Math.round(link.similarity * 100)}% of the wording is the same`;
  switch (link.evidence) {
    case 'similarity':
      return same;
    case 'numbering':
      return `it keeps the same paragraph number, and ${same}`;
    case 'note':
      return `the draft’s note says ${ends.older} was merged into ${ends.newer}`;
    case 'tracked-change':
      return `the draft’s tracked changes show ${ends.older} deleted where ${ends.newer} stands`;
    case 'containment':
      return `most of the words of ${ends.older} recur in ${ends.newer}`;
    case 'position':
      return `no other paragraph matches either, and both stand between the same neighbouring paragraphs`;
    default:
      return `checked by hand: ${(link.reason ?? '').replace(/\.$/u, '')}`;
  }
}

/** The anchor of a chain's section on the drafting-history page: from its oldest text's id, never a position. */
export function chainAnchor(first: Pick<CorpusDocument, 'id'>): string {
  return `chain-${first.id}`;
}

/** The anchor of a row of the drafting-history page: a row per unit of the chain's second text, or per dropped unit of its first. */
export function rowAnchor(doc: Pick<CorpusDocument, 'id'>, unit: Pick<CorpusUnit, 'id'>): string {
  return `row-${doc.id}-${unit.id}`;
}

/**
 * Where a unit stands on the drafting-history page: the row that shows it, or null when its text is in
 * no chain. A unit of the second text has its own row; one of the first text is in the row of what it
 * became (or its own row when dropped); one of a third text is in the row of what it came from.
 */
export function historyAnchor(index: CorpusIndex, doc: CorpusDocument, unit: CorpusUnit): string | null {
  const chain = index.chainOf(doc.id);
  if (!chain || chain.length < 2) return null;
  const position = chain.findIndex((d) => d.id === doc.id);
  const middle = chain[1]!;
  const split = (key: string) => key.split('/') as [string, string];
  if (position === 1) return rowAnchor(middle, unit);
  if (position === 0) {
    const child = unit.lineage.children.map((c) => split(c.unit)).find(([d]) => d === middle.id);
    return child ? rowAnchor(middle, { id: child[1] }) : rowAnchor(doc, unit);
  }
  if (position === 2) {
    const parent = unit.lineage.parents.map((p) => split(p.unit)).find(([d]) => d === middle.id);
    return parent ? rowAnchor(middle, { id: parent[1] }) : rowAnchor(doc, unit);
  }
  return chainAnchor(chain[0]!);
}
