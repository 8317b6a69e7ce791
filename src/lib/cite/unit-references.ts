import type { CorpusUnit } from '../corpus.ts';
import { symbolUrl, type Citation, type CitationMatcher } from './citation-matcher.ts';

/**
 * Turns the citations found in a unit's text and footnotes into the corpus fields `references`
 * and `citedDocuments`. A cited resolution that adopted exactly one instrument cites it too
 * ("paragraph 44 of General Assembly resolution 64/293" is the Global Plan of Action).
 */
export function unitReferences(
  citations: Citation[],
  matcher: CitationMatcher,
): Pick<CorpusUnit, 'references' | 'citedDocuments'> {
  const references: CorpusUnit['references'] = [];
  const citedDocuments: CorpusUnit['citedDocuments'] = [];
  const seen = new Set<string>();
  const addReference = (instrument: string, article: string | null, quote: string) => {
    const key = `${instrument}\u0000${article}\u0000${quote}`;
    if (seen.has(key)) return;
    seen.add(key);
    references.push({ instrument, article, quote });
  };
  for (const citation of citations) {
    if (citation.kind === 'instrument') {
      for (const instrument of citation.instruments) {
        if (citation.articles.length === 0) addReference(instrument, null, citation.quote);
        for (const article of citation.articles) addReference(instrument, article, citation.quote);
      }
      continue;
    }
    for (const symbol of citation.symbols) {
      const key = `doc\u0000${symbol}\u0000${citation.quote}`;
      if (!seen.has(key)) {
        seen.add(key);
        citedDocuments.push({ symbol, quote: citation.quote, url: symbolUrl(symbol) });
      }
      const adopted = matcher.registry.filter((i) => i.symbol === symbol);
      if (adopted.length === 1) addReference(adopted[0]!.id, null, citation.quote);
    }
  }
  return { references, citedDocuments };
}
