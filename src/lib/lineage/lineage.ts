import { z } from 'astro/zod';
import type { CorpusDocument } from '../corpus.ts';
import { align, movedEdges, type Edge, type EdgeKind, type Evidence } from './align.ts';

/** One entry of content/lineage-overrides.json: a link a person decided, with the reason. */
export const lineageOverride = z.object({
  /** "<document>/<unit>" of the earlier unit. */
  from: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/u, { message: 'must be "<document>/<unit>", as in the unit\'s URL (lowercase letters, digits, hyphens)' }),
  /** "<document>/<unit>" of the later unit it became. */
  to: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/u, { message: 'must be "<document>/<unit>", as in the unit\'s URL (lowercase letters, digits, hyphens)' }),
  kind: z.enum(['unchanged', 'reworded', 'merged', 'split', 'replaced']),
  /** Omit to add the link; `true` to remove a link the alignment made. */
  remove: z.boolean().optional(),
  /** Why: shown on the unit pages. */
  reason: z.string().min(1),
});
export const lineageOverridesFile = z.array(lineageOverride);
export type LineageOverride = z.infer<typeof lineageOverride>;

/** Which earlier text a document is a later version of. */
export interface LineageLink {
  later: string;
  earlier: string;
  sameNumbering: boolean;
  /** Set when the later text is incomplete: earlier units before its first aligned one are "not in this copy". */
  partial: string | null;
}

export interface LinkedUnit {
  unit: string;
  kind: EdgeKind;
  evidence: Evidence;
  similarity: number;
  moved: boolean;
  reason: string | null;
}

export interface UnitLineage {
  parents: LinkedUnit[];
  children: LinkedUnit[];
  /** For units of an earlier text with no later version: why. */
  fate: 'deleted' | 'not-in-copy' | null;
  /** For units of a later text with no earlier version. */
  isNew: boolean;
}

/**
 * Aligns each text with the one before it, applies the reviewed overrides, and gives every unit
 * its parents, children and fate. Keys are "<document>/<unit>".
 */
export function buildLineage(documents: CorpusDocument[], links: LineageLink[], overrides: LineageOverride[]): Map<string, UnitLineage> {
  const out = new Map<string, UnitLineage>();
  const entry = (key: string) => {
    let e = out.get(key);
    if (!e) out.set(key, (e = { parents: [], children: [], fate: null, isNew: false }));
    return e;
  };
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const link of links) {
    const earlier = byId.get(link.earlier);
    const later = byId.get(link.later);
    if (!earlier || !later) throw new Error(`lineage: unknown document in ${link.earlier} -> ${link.later}`);
    let edges: (Edge & { reason?: string })[] = align(earlier.units, later.units, { sameNumbering: link.sameNumbering });
    for (const o of overrides) {
      const [fromDoc, from] = o.from.split('/') as [string, string];
      const [toDoc, to] = o.to.split('/') as [string, string];
      if (fromDoc !== link.earlier || toDoc !== link.later) continue;
      if (!earlier.units.some((u) => u.id === from) || !later.units.some((u) => u.id === to)) {
        throw new Error(`lineage override ${o.from} -> ${o.to}: no such unit`);
      }
      edges = edges.filter((e) => !(e.from === from && e.to === to));
      if (!o.remove) edges.push({ from, to, kind: o.kind, evidence: 'override', similarity: 0, reason: o.reason });
    }
    const moved = movedEdges(edges, earlier.units, later.units);
    for (const e of edges) {
      const common = { kind: e.kind, evidence: e.evidence, similarity: e.similarity, moved: moved.has(e), reason: e.reason ?? null };
      entry(`${link.later}/${e.to}`).parents.push({ unit: `${link.earlier}/${e.from}`, ...common });
      entry(`${link.earlier}/${e.from}`).children.push({ unit: `${link.later}/${e.to}`, ...common });
    }
    const order = new Map(earlier.units.map((u, i) => [u.id, i]));
    const firstAligned = Math.min(...edges.map((e) => order.get(e.from)!));
    for (const [i, u] of earlier.units.entries()) {
      if (u.status !== 'text' || edges.some((e) => e.from === u.id)) continue;
      entry(`${link.earlier}/${u.id}`).fate = link.partial && i < firstAligned ? 'not-in-copy' : 'deleted';
    }
    for (const u of later.units) {
      if (u.status === 'text' && !edges.some((e) => e.to === u.id)) entry(`${link.later}/${u.id}`).isNew = true;
    }
  }
  return out;
}

/** Every earlier unit a unit descends from, nearest first. */
export function ancestorsOf(key: string, lineage: Map<string, UnitLineage>): string[] {
  const seen: string[] = [];
  let frontier = [key];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const k of frontier) {
      for (const p of lineage.get(k)?.parents ?? []) {
        if (!seen.includes(p.unit)) {
          seen.push(p.unit);
          next.push(p.unit);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
