import type { Corpus, CorpusDocument, CorpusInstrument, CorpusUnit } from '../corpus.ts';
import { corpusIndex, type CorpusIndex } from './corpus-index.ts';

export interface BacklinkGroup {
  /** Article number, or null for citations of the instrument as a whole. */
  article: string | null;
  documents: { doc: CorpusDocument; units: { unit: CorpusUnit; quotes: string[] }[] }[];
}

function articleOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}

/** An instrument's citing units, grouped by article (numeric order, whole instrument last) and by document, both in corpus order. */
export function backlinkGroups(instrument: CorpusInstrument, corpus: Corpus): BacklinkGroup[] {
  const index = corpusIndex(corpus);
  const articles = [...new Set(instrument.citedBy.map((c) => c.article))].sort(articleOrder);
  return articles.map((article) => {
    const citing = new Set(instrument.citedBy.filter((c) => c.article === article).map((c) => c.unit));
    const byDocument = new Map<CorpusDocument, CorpusUnit[]>();
    for (const key of citing) {
      const { doc, unit } = index.unit(key);
      const units = byDocument.get(doc) ?? [];
      units.push(unit);
      byDocument.set(doc, units);
    }
    return {
      article,
      documents: [...byDocument]
        .sort(([a], [b]) => index.position(a.id) - index.position(b.id))
        .map(([doc, units]) => ({
          doc,
          units: units
            .sort((a, b) => index.position(`${doc.id}/${a.id}`) - index.position(`${doc.id}/${b.id}`))
            .map((unit) => ({
              unit,
              quotes: [...new Set(unit.references.filter((r) => r.instrument === instrument.id && r.article === article).map((r) => r.quote))],
            })),
        })),
    };
  });
}

/** The groups as the ingest stores them: documents and units by id. */
export interface StoredBacklinkGroup {
  article: string | null;
  documents: { doc: string; units: { unit: string; quotes: string[] }[] }[];
}

export function storeBacklinkGroups(groups: BacklinkGroup[]): StoredBacklinkGroup[] {
  return groups.map((g) => ({ article: g.article, documents: g.documents.map((d) => ({ doc: d.doc.id, units: d.units.map((u) => ({ unit: u.unit.id, quotes: u.quotes })) })) }));
}

export function resolveBacklinkGroups(index: CorpusIndex, groups: StoredBacklinkGroup[]): BacklinkGroup[] {
  return groups.map((g) => ({
    article: g.article,
    documents: g.documents.map((d) => ({ doc: index.document(d.doc), units: d.units.map((u) => ({ unit: index.unit(`${d.doc}/${u.unit}`).unit, quotes: u.quotes })) })),
  }));
}
