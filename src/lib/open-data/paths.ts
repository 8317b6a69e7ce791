/**
 * Site-relative URLs of the open-data files (shared/DESIGN.md), apart from the code that writes them,
 * so that pages linking to them do not bring that code into the site's bundle.
 */
export const UNITS_CSV_URL = '/data/units.csv';
export const CITATIONS_CSV_URL = '/data/citations.csv';

/** Site-relative URL of the JSON Schema of corpus.json. */
export const CORPUS_SCHEMA_URL = '/data/corpus.schema.json';

/** Site-relative URL of a unit's own JSON. */
export function unitDataUrl(unitUrl: string): string {
  return `${unitUrl}data.json`;
}

/** Site-relative URL of a document's Akoma Ntoso file. */
export function aknFileUrl(document: string): string {
  return `/${document}/akn.xml`;
}
