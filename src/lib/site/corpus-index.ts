import type { Corpus, CorpusDocument, CorpusInstrument, CorpusUnit } from '../corpus.ts';
import { definitionKey, definitionsOf, type Definition } from './definitions.ts';

/**
 * Lookups into the corpus by id, built once per corpus. Pages look things up by key thousands of
 * times per build: a scan of the corpus per lookup would make the build quadratic in its size.
 */
export interface CorpusIndex {
  document(id: string): CorpusDocument;
  /** A unit by its key `<document>/<unit>`. */
  unit(key: string): { doc: CorpusDocument; unit: CorpusUnit };
  instrument(id: string): CorpusInstrument;
  /** An instrument's short title, or its title when it has none. */
  instrumentName(id: string): string;
  instrumentNames: ReadonlyMap<string, string>;
  /** The terms defined by the instruments whose definitions the site shows, in registry order. */
  definitions: Definition[];
  definition(key: string): Definition;
  /** Where a document (by id) or a unit (by key) stands in the corpus: for sorting in corpus order. */
  position(idOrKey: string): number;
  /** The chains of texts, oldest first, as the documents' lineage links them (a text and its later versions). */
  chains: CorpusDocument[][];
  /** The chain a document stands in, if any. */
  chainOf(id: string): CorpusDocument[] | undefined;
}

const built = new WeakMap<Corpus, CorpusIndex>();

function required<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`The corpus has no ${what} "${key}": run npm run ingest.`);
  return found;
}

function buildIndex(corpus: Corpus): CorpusIndex {
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const units = new Map(corpus.documents.flatMap((doc) => doc.units.map((unit) => [`${doc.id}/${unit.id}`, { doc, unit }] as const)));
  const positions = new Map<string, number>();
  for (const doc of corpus.documents) {
    positions.set(doc.id, positions.size);
    for (const unit of doc.units) positions.set(`${doc.id}/${unit.id}`, positions.size);
  }
  const instruments = new Map(corpus.instruments.map((i) => [i.id, i]));
  const names = new Map(corpus.instruments.map((i) => [i.id, i.shortTitle ?? i.title]));
  const definitions = corpus.instruments.filter((i) => i.showDefinitions).flatMap(definitionsOf);
  const definitionByKey = new Map(definitions.map((d) => [definitionKey(d), d]));
  const laterOf = new Map(corpus.documents.flatMap((d) => (d.laterVersionOf === null ? [] : [[d.laterVersionOf, d] as const])));
  const chains = corpus.documents
    .filter((d) => d.laterVersionOf === null && laterOf.has(d.id))
    .map((first) => {
      const chain: CorpusDocument[] = [first];
      for (let next = laterOf.get(first.id); next; next = laterOf.get(next.id)) chain.push(next);
      return chain;
    });
  const chainOf = new Map(chains.flatMap((chain) => chain.map((d) => [d.id, chain] as const)));
  return {
    document: (id) => required(documents, id, 'document'),
    unit: (key) => required(units, key, 'unit'),
    instrument: (id) => required(instruments, id, 'instrument'),
    instrumentName: (id) => required(names, id, 'instrument'),
    instrumentNames: names,
    definitions,
    definition: (key) => required(definitionByKey, key, 'definition'),
    position: (idOrKey) => required(positions, idOrKey, 'document or unit'),
    chains,
    chainOf: (id) => chainOf.get(id),
  };
}

export function corpusIndex(corpus: Corpus): CorpusIndex {
  let index = built.get(corpus);
  if (!index) {
    index = buildIndex(corpus);
    built.set(corpus, index);
  }
  return index;
}
