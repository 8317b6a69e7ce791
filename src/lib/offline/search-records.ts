import type { Corpus } from '../corpus.ts';
import { shortReference, unitName } from '../site/names.ts';

/** One searchable unit in the offline index (the script-tag index used where Pagefind cannot run). */
export interface SearchRecord {
  id: string;
  /** Site-relative URL of the unit page. */
  url: string;
  title: string;
  ref: string;
  text: string;
  document: string;
  section: string;
  instruments: string;
}

/** MiniSearch options; the browser must load the index with exactly these. */
export const SEARCH_OPTIONS = {
  fields: ['ref', 'title', 'text', 'instruments'],
  storeFields: ['url', 'title', 'ref', 'document', 'section', 'instruments', 'excerpt'],
  searchOptions: { boost: { ref: 5, title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
} as const;

export function searchRecords(corpus: Corpus): (SearchRecord & { excerpt: string })[] {
  const instruments = new Map(corpus.instruments.map((i) => [i.id, i.shortTitle ?? i.title]));
  return corpus.documents.flatMap((doc) =>
    doc.units.map((unit) => ({
      id: `${doc.id}/${unit.id}`,
      url: unit.url,
      title: `${unitName(doc, unit)} · ${doc.shortTitle}`,
      // "GPA 38" as one token and as its parts, so that both "GPA 38" and "38" find it.
      ref: shortReference(doc, unit),
      text: unit.text,
      document: doc.shortTitle,
      section: unit.section ?? '',
      instruments: [...new Set(unit.references.map((r) => instruments.get(r.instrument) ?? r.instrument))].join('; '),
      excerpt: unit.text.length > 220 ? `${unit.text.slice(0, 220).replace(/\s+\S*$/u, '')} …` : unit.text,
    })),
  );
}
