import type { CorpusUnit } from '../corpus.ts';
import { symbolUrl } from '../urls.ts';
import type { Citation, CitationMatcher } from './citation-matcher.ts';
import { provisionsOf } from './instrument-registry.ts';
import type { Pinpoint } from './pinpoint.ts';

/**
 * Turns the citations found in a unit's text and footnotes into the corpus fields `references`
 * and `citedDocuments`. A cited resolution that adopted exactly one instrument cites it too
 * ("General Assembly resolution 64/293" is the Global Plan of Action). A provision left without
 * an instrument in its sentence ("guideline 8, ..., contained in the report of the High
 * Commissioner", with the report in a footnote) belongs to the one instrument the unit cites that
 * has provisions of that kind; with none or several, it cites nothing rather than guess.
 */
export function unitReferences(citations: Citation[], matcher: CitationMatcher): Pick<CorpusUnit, 'references' | 'citedDocuments'> {
  const references: CorpusUnit['references'] = [];
  const citedDocuments: CorpusUnit['citedDocuments'] = [];
  const seen = new Set<string>();
  const addReference = (instrument: string, pinpoint: Pinpoint | null, quote: string) => {
    const key = `${instrument}\u0000${JSON.stringify(pinpoint)}\u0000${quote}`;
    if (seen.has(key)) return;
    seen.add(key);
    references.push({ instrument, article: pinpoint?.provision === 'article' ? pinpoint.number : null, quote, pinpoint });
  };
  for (const citation of citations) {
    if (citation.kind === 'instrument') {
      for (const instrument of citation.instruments) {
        if (citation.pinpoints.length === 0) addReference(instrument, null, citation.quote);
        for (const p of citation.pinpoints) addReference(instrument, p, citation.quote);
      }
      continue;
    }
    if (citation.kind === 'provision') continue;
    for (const symbol of citation.symbols) {
      const key = `doc\u0000${symbol}\u0000${citation.quote}`;
      if (!seen.has(key)) {
        seen.add(key);
        citedDocuments.push({ symbol, quote: citation.quote, url: symbolUrl(symbol) });
      }
      // "paragraph 44 of resolution 64/293" cites the paragraph, already recorded, not the whole Plan.
      const backsPinpoint = citations.some((c) => c.kind === 'instrument' && c.start === citation.start && c.pinpoints.length > 0);
      const adopted = matcher.bySymbolAlone(symbol);
      if (adopted && !backsPinpoint) addReference(adopted.id, null, citation.quote);
    }
  }
  const cited = [...new Set(references.map((r) => r.instrument))].map((id) => matcher.get(id)!);
  for (const pending of citations) {
    if (pending.kind !== 'provision') continue;
    const kinds = new Set(pending.pinpoints.map((p) => p.provision));
    const owners = cited.filter((i) => [...kinds].every((k) => provisionsOf(i).includes(k)));
    if (owners.length !== 1) continue;
    for (const p of pending.pinpoints) addReference(owners[0]!.id, p, pending.quote);
  }
  return { references, citedDocuments };
}
