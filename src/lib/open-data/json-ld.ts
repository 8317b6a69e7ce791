import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import { unitName } from '../site/names.ts';
import { aknFileUrl, unitDataUrl } from './paths.ts';

/**
 * schema.org JSON-LD for document and unit pages: a Legislation with its identifiers (the UN symbol
 * and the Akoma Ntoso IRI), the document it is part of, the instruments it cites, and its data files
 * as LegislationObject encodings. `href` turns a site-relative URL into this page's link to it
 * (relative, or absolute where the hosting origin is known).
 */
type Href = (url: string) => string;

function identifiers(...values: (string | null | undefined)[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

function documentNode(doc: CorpusDocument, href: Href): Record<string, unknown> {
  return {
    '@type': 'Legislation',
    name: doc.title,
    alternateName: doc.shortTitle,
    legislationIdentifier: identifiers(doc.symbol, doc.akn),
    legislationType: doc.kind,
    ...(doc.date ? { legislationDate: doc.date } : {}),
    author: { '@type': 'Organization', name: doc.authority },
    inLanguage: 'en',
    url: href(doc.url),
  };
}

export function documentJsonLd(doc: CorpusDocument, corpus: Corpus, href: Href): Record<string, unknown> {
  const earlier = doc.laterVersionOf ? corpus.documents.find((d) => d.id === doc.laterVersionOf) : undefined;
  return {
    '@context': 'https://schema.org',
    ...documentNode(doc, href),
    description: doc.description,
    ...(earlier ? { isBasedOn: documentNode(earlier, href) } : {}),
    hasPart: doc.units.map((u) => ({ '@type': 'Legislation', name: unitName(doc, u), legislationIdentifier: identifiers(u.akn), url: href(u.url) })),
    encoding: [{ '@type': 'LegislationObject', encodingFormat: 'application/akn+xml', contentUrl: href(aknFileUrl(doc.id)) }],
  };
}

export function unitJsonLd(doc: CorpusDocument, unit: CorpusUnit, corpus: Corpus, href: Href): Record<string, unknown> {
  const cited = [...new Map(unit.references.map((r) => [r.instrument, corpus.instruments.find((i) => i.id === r.instrument)])).values()];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${unitName(doc, unit)}, ${doc.shortTitle}`,
    legislationIdentifier: identifiers(unit.akn),
    isPartOf: documentNode(doc, href),
    citation: cited.flatMap((i) =>
      i ? [{ '@type': 'Legislation', name: i.title, url: href(i.url), ...(i.symbol ? { legislationIdentifier: i.symbol } : {}) }] : [],
    ),
    text: unit.text,
    inLanguage: 'en',
    url: href(unit.url),
    encoding: [
      { '@type': 'LegislationObject', encodingFormat: 'application/json', contentUrl: href(unitDataUrl(unit.url)) },
      { '@type': 'LegislationObject', encodingFormat: 'application/akn+xml', contentUrl: href(aknFileUrl(doc.id)) },
    ],
  };
}

/** The JSON for a `<script type="application/ld+json">`: `<` is escaped, so no text can close the script. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
