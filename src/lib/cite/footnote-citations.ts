import type { Citation, CitationMatcher } from './citation-matcher.ts';

/**
 * What each footnote cites. Footnotes identify instruments by the resolution that adopted them
 * ("Resolution 70/1.", "General Assembly resolution 55/25, annex II."), by their registration
 * ("United Nations, Treaty Series, vol. 2237, No. 39574.") or by name with a pinpoint ("See the
 * Tokyo Rules, rule 6.1."); "Ibid." repeats the source of the footnote before it.
 */
export function footnoteCitations(footnotes: { id: string; text: string }[], matcher: CitationMatcher): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  let previous: string | null = null;
  for (const footnote of footnotes) {
    const ibid = /^Ibid\.,?\s*/u.exec(footnote.text);
    // "Ibid., annex II." after "General Assembly resolution 55/25, annex I." is resolution 55/25, annex II.
    const source: string | undefined = previous?.replace(/,\s*(?:vols?\.|annex|No\.|p\.|para|chap\.|\d{4},\s*Supplement).*$/u, '').replace(/\.$/u, '');
    const rest = ibid ? footnote.text.slice(ibid[0].length) : '';
    const text: string = ibid && source ? (rest ? `${source}, ${rest}` : previous!) : footnote.text;
    previous = text;
    const citations: Citation[] = matcher.byFootnote(text).map((instrument) => ({
      kind: 'instrument' as const,
      instruments: [instrument.id],
      pinpoints: [],
      quote: footnote.text,
      start: 0,
      end: footnote.text.length,
    }));
    // The scan reads the footnote as written; only an "Ibid." is read through its source.
    citations.push(...matcher.context().scan(ibid ? text : footnote.text));
    out.set(footnote.id, citations);
  }
  return out;
}
