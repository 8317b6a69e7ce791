/**
 * A synthetic corpus `factor` times the size of the real one, for the bench: every document again
 * under new ids, each copy reading its own copy of the source (one source file is one document) with
 * the same corrections and reviewed lineage decisions, so that each copy builds exactly like the
 * original. Pure: scripts/bench.ts reads and writes the files.
 */

/** The fields of a content/documents.json entry that a copy changes; the rest is kept as is. */
export interface DocumentEntry {
  id: string;
  source: string;
  abbreviation: string;
  lineage?: { from: string };
}

/** The field of a content/corrections.json entry that a copy changes. */
export interface CorrectionEntry {
  source: string;
}

/** The fields of a content/lineage-overrides.json entry ("<document>/<unit>") that a copy changes. */
export interface OverrideEntry {
  from: string;
  to: string;
}

export interface Content<D extends DocumentEntry, C extends CorrectionEntry, O extends OverrideEntry> {
  documents: D[];
  corrections: C[];
  overrides: O[];
}

export interface Multiplied<D extends DocumentEntry, C extends CorrectionEntry, O extends OverrideEntry> extends Content<D, C, O> {
  /** Source files to copy in content/sources/: [existing name, name of the copy]. */
  sourceCopies: [string, string][];
}

const copyId = (id: string, i: number) => `${id}-copy-${i}`;
const copySource = (name: string, i: number) => name.replace(/\.txt$/u, `-copy-${i}.txt`);
const copyUnitRef = (ref: string, i: number) => {
  const slash = ref.indexOf('/');
  return slash < 0 ? copyId(ref, i) : `${copyId(ref.slice(0, slash), i)}${ref.slice(slash)}`;
};

/** The content `factor` times over; copy i of a document is its own drafting chain (its drafts are copy i's). */
export function multiplyContent<D extends DocumentEntry, C extends CorrectionEntry, O extends OverrideEntry>(
  content: Content<D, C, O>,
  factor: number,
): Multiplied<D, C, O> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`multiplyContent: the factor must be a whole number of at least 1, not ${factor}`);
  const copies = Array.from({ length: factor - 1 }, (_, k) => k + 1);
  return {
    documents: content.documents.flatMap((d) => [
      d,
      ...copies.map((i) => ({
        ...d,
        id: copyId(d.id, i),
        source: copySource(d.source, i),
        abbreviation: `${d.abbreviation}x${i}`,
        ...(d.lineage ? { lineage: { ...d.lineage, from: copyId(d.lineage.from, i) } } : {}),
      })),
    ]),
    corrections: content.corrections.flatMap((c) => [c, ...copies.map((i) => ({ ...c, source: copySource(c.source, i) }))]),
    overrides: content.overrides.flatMap((o) => [o, ...copies.map((i) => ({ ...o, from: copyUnitRef(o.from, i), to: copyUnitRef(o.to, i) }))]),
    sourceCopies: content.documents.flatMap((d) => copies.map((i): [string, string] => [d.source, copySource(d.source, i)])),
  };
}
