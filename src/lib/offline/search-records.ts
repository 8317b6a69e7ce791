import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import { isAdopted } from '../site/provenance.ts';
import { shortReference, unitName } from '../site/names.ts';

/** The two values of the status facet: adopted texts, and drafts that were not adopted in that form. */
export const STATUS_ADOPTED = 'Adopted text';
export const STATUS_DRAFT = 'Draft';

/** How much more an adopted text's match counts than a draft's for the same words. */
export const ADOPTED_BOOST = 2;

/** One searchable unit in the script-tag index that the search page uses online and from disk. */
export interface SearchRecord {
  id: string;
  /** Site-relative URL of the unit page. */
  url: string;
  title: string;
  ref: string;
  /** The unit's own text: indexed, and the excerpt is cut from it around the match. */
  text: string;
  document: string;
  section: string;
  status: string;
  /** Instruments the unit cites, by short name. */
  instruments: string[];
  /** Articles the unit cites: "Trafficking in Persons Protocol, art. 6". */
  articles: string[];
}

/** The facets of the search page, in the order shown, and the record field each one reads. */
export const FACETS = [
  { key: 'status', label: 'Status', field: 'status' },
  { key: 'document', label: 'Document', field: 'document' },
  { key: 'instrument', label: 'Cites instrument', field: 'instruments' },
  { key: 'article', label: 'Cites article', field: 'articles' },
] as const;

/**
 * MiniSearch options; the browser must load the index with exactly these. Only the unit's text, its
 * name and its short reference are indexed: never page chrome or section headings (whose meeting
 * dates would match "article 6").
 */
export const SEARCH_OPTIONS = {
  fields: ['ref', 'title', 'text'],
  storeFields: ['url', 'title', 'ref', 'text', 'document', 'section', 'status', 'instruments', 'articles'],
  searchOptions: { boost: { ref: 5, title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
} as const;

/** The status facet value of a document. */
export function statusOf(doc: Pick<CorpusDocument, 'kind'>): string {
  return isAdopted(doc.kind) ? STATUS_ADOPTED : STATUS_DRAFT;
}

/** "Trafficking in Persons Protocol, art. 6" for each article a unit cites. */
export function citedArticles(unit: Pick<CorpusUnit, 'references'>, names: ReadonlyMap<string, string>): string[] {
  return [...new Set(unit.references.flatMap((r) => (r.article ? [`${names.get(r.instrument) ?? r.instrument}, art. ${r.article}`] : [])))];
}

export function searchRecords(corpus: Corpus): SearchRecord[] {
  const names = new Map(corpus.instruments.map((i) => [i.id, i.shortTitle ?? i.title]));
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
      status: statusOf(doc),
      instruments: [...new Set(unit.references.map((r) => names.get(r.instrument) ?? r.instrument))],
      articles: citedArticles(unit, names),
    })),
  );
}
