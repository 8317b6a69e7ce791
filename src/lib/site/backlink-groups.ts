import type { Corpus, CorpusDocument, CorpusInstrument, CorpusUnit } from '../corpus.ts';

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

/** An instrument's citing units, grouped by article (numeric order, whole instrument last) and by document. */
export function backlinkGroups(instrument: CorpusInstrument, corpus: Corpus): BacklinkGroup[] {
  const articles = [...new Set(instrument.citedBy.map((c) => c.article))].sort(articleOrder);
  const citing = new Set(instrument.citedBy.map((c) => `${c.unit}\u0000${c.article}`));
  return articles.map((article) => ({
    article,
    documents: corpus.documents
      .map((doc) => ({
        doc,
        units: doc.units
          .filter((u) => citing.has(`${doc.id}/${u.id}\u0000${article}`))
          .map((unit) => ({
            unit,
            quotes: [...new Set(unit.references.filter((r) => r.instrument === instrument.id && r.article === article).map((r) => r.quote))],
          })),
      }))
      .filter((d) => d.units.length > 0),
  }));
}
