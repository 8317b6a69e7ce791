import { overlap, profile, type Overlap, type Profile } from './similarity.ts';

/**
 * Aligns the units of an earlier draft with those of a later text: which later paragraph each
 * earlier one became. Automatic, from four kinds of evidence, strongest first:
 *   1. text similarity, one to one (the paragraph carried on, reworded or not);
 *   2. the later text's own notes: "[Merged with paragraph 42]" placeholders and tracked
 *      deletions that quote an earlier paragraph;
 *   3. containment, for merges (most of an earlier paragraph inside a later one) and splits;
 *   4. position, for a paragraph rewritten in its place (the one unmatched paragraph between two
 *      aligned neighbours, on both sides).
 * What it cannot decide goes in the reviewed override file.
 */

export interface AlignUnit {
  id: string;
  status: 'text' | 'deleted' | 'merged';
  text: string;
  mergedInto: string | null;
  notes: { kind: 'deleted' | 'formatted' | 'editor'; text: string }[];
}

export type EdgeKind = 'unchanged' | 'reworded' | 'merged' | 'split' | 'replaced';
export type Evidence = 'similarity' | 'numbering' | 'note' | 'tracked-change' | 'containment' | 'position' | 'override';

export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  evidence: Evidence;
  /** Dice similarity of the two texts (0-1). */
  similarity: number;
  /** The override's reason, when a person decided. */
  reason?: string;
}

export interface AlignOptions {
  /** The later text keeps the earlier one's numbering (a draft of a draft). */
  sameNumbering: boolean;
}

const PRIMARY = 0.3;
const NUMBERING = 0.15;
const CONTAINED = 0.45;
const MIN_SHARED = 5;

export function align(earlier: AlignUnit[], later: AlignUnit[], options: AlignOptions): Edge[] {
  const E = earlier.filter((u) => u.status === 'text');
  const L = later.filter((u) => u.status === 'text');
  const pe = new Map<string, Profile>(E.map((u) => [u.id, profile(u.text)]));
  const pl = new Map<string, Profile>(L.map((u) => [u.id, profile(u.text)]));
  const scores = new Map<string, Overlap>();
  const score = (e: string, l: string) => {
    const key = `${e}\u0000${l}`;
    let o = scores.get(key);
    if (!o) scores.set(key, (o = overlap(pe.get(e)!, pl.get(l)!)));
    return o;
  };
  const edges: Edge[] = [];
  const matchedE = new Set<string>();
  const matchedL = new Set<string>();
  const add = (from: string, to: string, kind: EdgeKind, evidence: Evidence) => {
    edges.push({ from, to, kind, evidence, similarity: Math.round((pe.has(from) && pl.has(to) ? score(from, to).dice : 0) * 1000) / 1000 });
    matchedE.add(from);
    matchedL.add(to);
  };

  // 1. One-to-one, best pairs first. Shared numbering lends weight where the drafts kept it.
  const pairs: { e: string; l: string; weight: number; numbered: boolean }[] = [];
  for (const e of E) {
    for (const l of L) {
      const o = score(e.id, l.id);
      const numbered = options.sameNumbering && e.id === l.id && o.dice >= NUMBERING;
      if (o.dice >= PRIMARY || numbered) pairs.push({ e: e.id, l: l.id, weight: o.dice + (numbered ? 0.2 : 0), numbered });
    }
  }
  pairs.sort((a, b) => b.weight - a.weight || a.e.localeCompare(b.e) || a.l.localeCompare(b.l));
  for (const p of pairs) {
    if (matchedE.has(p.e) || matchedL.has(p.l)) continue;
    const dice = score(p.e, p.l).dice;
    add(p.e, p.l, dice >= 0.98 ? 'unchanged' : 'reworded', p.numbered && dice < PRIMARY ? 'numbering' : 'similarity');
  }

  // 2. The later text's own notes.
  const laterIds = new Set(L.map((u) => u.id));
  // A placeholder is the drafters' own record, so it counts even where the text also went elsewhere.
  if (options.sameNumbering) {
    for (const placeholder of later.filter((u) => u.status === 'merged' && u.mergedInto)) {
      const to = placeholder.mergedInto!;
      if (pe.has(placeholder.id) && laterIds.has(to) && !edges.some((x) => x.from === placeholder.id && x.to === to)) {
        add(placeholder.id, to, 'merged', 'note');
      }
    }
  }
  for (const l of L) {
    for (const note of l.notes.filter((n) => n.kind === 'deleted')) {
      const np = profile(note.text);
      if (np.size < MIN_SHARED) continue;
      for (const e of E) {
        if (matchedE.has(e.id)) continue;
        const o = overlap(np, pe.get(e.id)!);
        if (o.aInB >= 0.8) add(e.id, l.id, 'merged', 'tracked-change');
      }
    }
  }

  // 3. Containment: merges and splits.
  for (const e of E) {
    if (matchedE.has(e.id)) continue;
    const best = L.map((l) => ({ l: l.id, o: score(e.id, l.id) })).sort((a, b) => b.o.aInB - a.o.aInB)[0];
    if (best && best.o.aInB >= CONTAINED && best.o.shared >= MIN_SHARED) add(e.id, best.l, 'merged', 'containment');
  }
  for (const l of L) {
    if (matchedL.has(l.id)) continue;
    const best = E.map((e) => ({ e: e.id, o: score(e.id, l.id) })).sort((a, b) => b.o.bInA - a.o.bInA)[0];
    if (best && best.o.bInA >= CONTAINED && best.o.shared >= MIN_SHARED) add(best.e, l.id, 'split', 'containment');
  }

  // 4. Position: one unmatched paragraph on each side between the same aligned neighbours.
  const orderE = new Map(earlier.map((u, i) => [u.id, i]));
  const orderL = new Map(later.map((u, i) => [u.id, i]));
  const anchors = edges.filter((x) => x.kind !== 'split').map((x) => [orderE.get(x.from)!, orderL.get(x.to)!] as const);
  for (const l of L) {
    if (matchedL.has(l.id)) continue;
    const li = orderL.get(l.id)!;
    const before = anchors.filter(([, b]) => b < li).sort((a, b) => b[1] - a[1])[0];
    const after = anchors.filter(([, b]) => b > li).sort((a, b) => a[1] - b[1])[0];
    if (!before || !after) continue;
    const gapL = L.filter((u) => !matchedL.has(u.id) && orderL.get(u.id)! > before[1] && orderL.get(u.id)! < after[1]);
    const gapE = E.filter((u) => !matchedE.has(u.id) && orderE.get(u.id)! > before[0] && orderE.get(u.id)! < after[0]);
    if (gapL.length === 1 && gapE.length === 1) add(gapE[0]!.id, l.id, 'replaced', 'position');
  }
  return edges;
}

/**
 * The 1:1 pairs that kept their relative order: a longest increasing subsequence over the later
 * positions. The others were moved.
 */
export function movedEdges(edges: Edge[], earlier: { id: string }[], later: { id: string }[]): Set<Edge> {
  const orderE = new Map(earlier.map((u, i) => [u.id, i]));
  const orderL = new Map(later.map((u, i) => [u.id, i]));
  const chain = edges
    .filter((e) => e.kind === 'unchanged' || e.kind === 'reworded' || e.kind === 'replaced')
    .sort((a, b) => orderE.get(a.from)! - orderE.get(b.from)!);
  const seq = chain.map((e) => orderL.get(e.to)!);
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  const tailIdx: number[] = [];
  seq.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const keep = new Set<number>();
  for (let i = tailIdx[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  return new Set(chain.filter((_, i) => !keep.has(i)));
}
