import type { Corpus } from '../corpus.ts';
import { articleAnchor, instrumentUrl } from '../urls.ts';
import { documentIdentity } from './akn-iri.ts';
import { aknXml } from './akn-xml.ts';
import { citationsCsv, unitsCsv } from './csv.ts';
import { corpusJsonSchema } from './json-schema.ts';
import { aknFileUrl, CITATIONS_CSV_URL, CORPUS_SCHEMA_URL, UNITS_CSV_URL, unitDataUrl } from './paths.ts';
import { aknAliasPage } from './redirect-page.ts';

/** The folder-style URL at which an AKN IRI resolves (a redirect page). */
export function aknAliasUrl(iri: string): string {
  return `${iri}/`;
}

export interface OpenDataOptions {
  /** The hosting origin (SITE_URL), for canonical links; null when unknown. */
  site: string | null;
  /** The base path without a trailing slash ("" at a domain root). */
  base: string;
}

/**
 * Every open-data file of a corpus, as [path relative to the site root, content], made one at a
 * time so that the caller can write each before the next is made: together they grow with the
 * corpus (about 50 MB at ten times its size), and the postbuild must not hold them all (issue 13).
 * Pure: the caller writes them. Published URLs (and so the URL manifest) are listed by `openDataUrls`.
 */
export function* openDataFiles(corpus: Corpus, options: OpenDataOptions): Generator<[string, string]> {
  const file = (url: string, content: string): [string, string] => [url.replace(/^\//u, '').replace(/\/$/u, '/index.html'), content];
  for (const doc of corpus.documents) {
    yield file(aknFileUrl(doc.id), aknXml(doc, corpus));
    for (const unit of doc.units) yield file(unitDataUrl(unit.url), `${JSON.stringify(unit, null, 1)}\n`);
  }
  for (const [iri, to] of aknAliases(corpus)) yield file(aknAliasUrl(iri), aknAliasPage(iri, to, options.site, options.base));
  yield file(UNITS_CSV_URL, unitsCsv(corpus));
  yield file(CITATIONS_CSV_URL, citationsCsv(corpus, (i, a) => (a ? `${instrumentUrl(i)}#${articleAnchor(a)}` : instrumentUrl(i))));
  yield file(CORPUS_SCHEMA_URL, `${JSON.stringify(corpusJsonSchema(), null, 1)}\n`);
}

/** The URLs the open data adds to the site: promises like every page's URL (shared/DESIGN.md). */
export function openDataUrls(corpus: Corpus): string[] {
  const urls = [UNITS_CSV_URL, CITATIONS_CSV_URL, CORPUS_SCHEMA_URL, '/open-data/'];
  for (const doc of corpus.documents) {
    urls.push(aknFileUrl(doc.id));
    for (const unit of doc.units) urls.push(unitDataUrl(unit.url));
  }
  for (const [iri] of aknAliases(corpus)) urls.push(aknAliasUrl(iri));
  return urls;
}

/**
 * The AKN IRIs that lead to pages: each document's work and expression IRIs lead to its reading
 * page, each unit's IRI to the unit's page.
 */
export function aknAliases(corpus: Corpus): [string, string][] {
  return corpus.documents.flatMap((doc) => {
    const identity = documentIdentity(doc, corpus.documents);
    return [
      [identity.workThis, doc.url] as [string, string],
      [identity.expressionThis, doc.url] as [string, string],
      ...doc.units.flatMap((u) => (u.akn ? [[u.akn, u.url] as [string, string]] : [])),
    ];
  });
}

/**
 * The `_redirects` lines of the open data: every alias as a tool asks for it (no trailing slash), and
 * each manifestation IRI (the XML file as such) to the document's AKN file.
 */
export function aknRedirects(corpus: Corpus): [string, string][] {
  return [
    ...aknAliases(corpus),
    ...corpus.documents.map((doc) => [documentIdentity(doc, corpus.documents).manifestationThis, aknFileUrl(doc.id)] as [string, string]),
  ];
}
