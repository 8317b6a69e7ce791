import { diffWords } from 'diff';

export interface DiffSegment {
  op: 'same' | 'ins' | 'del';
  text: string;
}

/** Word-level changes from one version of a paragraph to the next. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((part) => ({
    op: part.added ? 'ins' : part.removed ? 'del' : 'same',
    text: part.value,
  }));
}
