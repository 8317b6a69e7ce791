import type { CorpusDocument, CorpusInstrument } from '../corpus.ts';
import { instrumentUrl } from '../urls.ts';
import type { Instrument } from './instrument-registry.ts';

/**
 * The second phase of linking: every unit's references, collected per unit during ingest, are
 * turned round into each instrument's list of citing units.
 */
export function resolveBacklinks(registry: Instrument[], documents: CorpusDocument[]): Omit<CorpusInstrument, 'text'>[] {
  return registry.map((instrument) => {
    const citedBy: CorpusInstrument['citedBy'] = [];
    const seen = new Set<string>();
    for (const doc of documents) {
      for (const unit of doc.units) {
        for (const ref of unit.references) {
          if (ref.instrument !== instrument.id) continue;
          const key = `${doc.id}/${unit.id}\u0000${JSON.stringify(ref.pinpoint)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          citedBy.push({ unit: `${doc.id}/${unit.id}`, article: ref.article, pinpoint: ref.pinpoint });
        }
      }
    }
    return {
      id: instrument.id,
      title: instrument.title,
      shortTitle: instrument.shortTitle,
      url: instrumentUrl(instrument.id),
      officialUrl: instrument.officialUrl,
      citedBy,
      kind: instrument.kind,
      adopted: instrument.adopted,
      symbol: instrument.symbol,
      document: instrument.document ?? null,
      showDefinitions: instrument.showDefinitions,
    };
  });
}
