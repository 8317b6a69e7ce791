import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import { wordDiff, type DiffSegment } from '../lineage/word-diff.ts';

type Link = CorpusUnit['lineage']['parents'][number];

/** Word diffs only compare a paragraph with its own rewording; a part against a whole is noise. */
function comparable(link: Link): boolean {
  return link.kind === 'unchanged' || link.kind === 'reworded' || link.kind === 'replaced';
}

function stepDiff(link: Link, before: string, after: string, shown: string): DiffSegment[] {
  return comparable(link) ? wordDiff(before, after) : [{ op: 'same', text: shown }];
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

function lookup(corpus: Corpus, key: string): { doc: CorpusDocument; unit: CorpusUnit } {
  const [docId, unitId] = key.split('/') as [string, string];
  const doc = corpus.documents.find((d) => d.id === docId)!;
  return { doc, unit: doc.units.find((u) => u.id === unitId)! };
}

/**
 * Earlier (`parents`) or later (`children`) versions, nearest first, each diffed from the older
 * version of the pair to the newer.
 */
export function versions(corpus: Corpus, doc: CorpusDocument, unit: CorpusUnit, direction: 'parents' | 'children'): HistoryStep[] {
  const steps: HistoryStep[] = [];
  const walk = (current: { doc: CorpusDocument; unit: CorpusUnit }, depth: number) => {
    for (const link of current.unit.lineage[direction]) {
      const found = lookup(corpus, link.unit);
      const [older, newer] = direction === 'parents' ? [found.unit, current.unit] : [current.unit, found.unit];
      steps.push({ ...found, link, diff: stepDiff(link, older.text, newer.text, found.unit.text), depth, via: current });
      walk(found, depth + 1);
    }
  };
  walk({ doc, unit }, 1);
  return steps;
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

/** The chains of texts, oldest first, as the documents' lineage links them (a text and its later versions). */
export function draftingChains(corpus: Corpus): CorpusDocument[][] {
  const later = (id: string) => corpus.documents.find((d) => d.laterVersionOf === id);
  return corpus.documents
    .filter((d) => d.laterVersionOf === null && later(d.id))
    .map((first) => {
      const chain: CorpusDocument[] = [first];
      for (let next = later(first.id); next; next = later(next.id)) chain.push(next);
      return chain;
    });
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
export function historyAnchor(corpus: Corpus, doc: CorpusDocument, unit: CorpusUnit): string | null {
  const chain = draftingChains(corpus).find((c) => c.some((d) => d.id === doc.id));
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
