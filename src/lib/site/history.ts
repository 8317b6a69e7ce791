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

export function evidenceText(link: Link): string {
  switch (link.evidence) {
    case 'similarity':
      return `text similarity ${Math.round(link.similarity * 100)}%`;
    case 'numbering':
      return `same paragraph number, text similarity ${Math.round(link.similarity * 100)}%`;
    case 'note':
      return 'the draft’s own note “[Merged with paragraph …]”';
    case 'tracked-change':
      return 'a tracked deletion in the draft quotes it';
    case 'containment':
      return 'most of its words recur there';
    case 'position':
      return 'it stands alone in the same place between aligned neighbours';
    default:
      return `reviewed: ${(link.reason ?? '').replace(/\.$/u, '')}`;
  }
}
