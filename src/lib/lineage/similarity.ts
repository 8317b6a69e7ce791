/**
 * Text similarity for aligning paragraphs across drafts. Word bigrams, so that shared phrasing
 * counts and shared vocabulary alone ("trafficking in persons" is everywhere) does not.
 */

export interface Profile {
  bigrams: Map<string, number>;
  size: number;
}

const STOP = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'for', 'as', 'on', 'by', 'with', 'or', 'that', 'its', 'their', 'be', 'is', 'are']);

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{Nd}]+/gu) ?? []).filter((w) => !STOP.has(w));
}

export function profile(text: string): Profile {
  const w = words(text);
  const bigrams = new Map<string, number>();
  for (let i = 0; i + 1 < w.length; i++) {
    const key = `${w[i]} ${w[i + 1]}`;
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
  }
  return { bigrams, size: Math.max(w.length - 1, 0) };
}

export function shared(a: Profile, b: Profile): number {
  let n = 0;
  for (const [key, count] of a.bigrams) n += Math.min(count, b.bigrams.get(key) ?? 0);
  return n;
}

export interface Overlap {
  /** Shared bigrams over the mean size: how alike the two texts are as wholes. */
  dice: number;
  /** Share of `a` found in `b`: high when `a` was merged into `b`. */
  aInB: number;
  /** Share of `b` found in `a`: high when `b` was split off from `a`. */
  bInA: number;
  shared: number;
}

export function overlap(a: Profile, b: Profile): Overlap {
  const s = shared(a, b);
  return {
    dice: a.size + b.size > 0 ? (2 * s) / (a.size + b.size) : 0,
    aInB: a.size > 0 ? s / a.size : 0,
    bInA: b.size > 0 ? s / b.size : 0,
    shared: s,
  };
}
