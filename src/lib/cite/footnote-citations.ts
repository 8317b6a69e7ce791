import type { Citation, CitationMatcher } from './citation-matcher.ts';

/**
 * What each footnote cites. Footnotes identify instruments by the resolution that adopted them
 * ("General Assembly resolution 55/25, annex II.") or by treaty registration; "Ibid." repeats the
 * source of the footnote before it.
 */
export function footnoteCitations(footnotes: { id: string; text: string }[], matcher: CitationMatcher): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  let previous: string | null = null;
  for (const footnote of footnotes) {
    const ibid = /^Ibid\.,?\s*/u.exec(footnote.text);
    // "Ibid., annex II." after "General Assembly resolution 55/25, annex I." is resolution 55/25, annex II.
    const source: string | undefined = previous?.replace(/,\s*(?:vol\.|annex|No\.|p\.|para).*$/u, '').replace(/\.$/u, '');
    const text: string = ibid && source ? `${source}, ${footnote.text.slice(ibid[0].length)}` : footnote.text;
    previous = text;
    const citations: Citation[] = [];
    for (const instrument of matcher.byFootnote(text)) {
      citations.push({ kind: 'instrument', instruments: [instrument.id], articles: [], quote: footnote.text });
    }
    const context = matcher.context();
    for (const match of text.matchAll(matcher.pattern)) {
      const citation = context.classify(match[0]);
      if (citation?.kind === 'document') citations.push({ ...citation, quote: match[0] });
    }
    out.set(footnote.id, citations);
  }
  return out;
}
