import { pinpointAnchor, type Pinpoint } from '../cite/pinpoint.ts';
import type { Corpus, CorpusDocument, CorpusInstrument, CorpusUnit } from '../corpus.ts';

export interface Citing {
  doc: CorpusDocument;
  unit: CorpusUnit;
  /** The sentence of the unit that makes the citation. */
  sentence: string;
  pinpoint: Pinpoint;
}

/** Drafts come after adopted texts: a draft's kind says it is one ("draft", "draft-resolution"). */
export function isDraft(doc: Pick<CorpusDocument, 'kind'>): boolean {
  return /^draft\b/u.test(doc.kind);
}

/**
 * The sentence of `text` that holds `quote`: from the end of the sentence before (a full stop,
 * semicolon or line break) to the end of its own. The whole text when the quote is not found.
 */
export function citingSentence(text: string, quote: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  const at = flat.indexOf(quote.replace(/\s+/gu, ' '));
  if (at < 0) return flat.trim();
  const before = flat.slice(0, at);
  const start = Math.max(before.lastIndexOf('. ') + 1, before.lastIndexOf('; ') + 1, 0);
  const after = flat.slice(at + quote.length).search(/[.;](?:\s|$)/u);
  const end = after < 0 ? flat.length : at + quote.length + after + 1;
  return flat.slice(start, end).trim();
}

/**
 * Every unit citing an article of an instrument, by instrument id, article number and the anchor of
 * the paragraph cited ("" for the article as a whole): adopted texts first, then drafts, each in
 * corpus order. One pass over the corpus for all the article pages.
 */
export function articleCitations(corpus: Corpus): Map<string, Map<string, Map<string, Citing[]>>> {
  const out = new Map<string, Map<string, Map<string, Citing[]>>>();
  const order = [...corpus.documents].sort((a, b) => Number(isDraft(a)) - Number(isDraft(b)));
  for (const doc of order) {
    for (const unit of doc.units) {
      for (const ref of unit.references) {
        if (ref.pinpoint?.provision !== 'article') continue;
        const articles = out.get(ref.instrument) ?? new Map<string, Map<string, Citing[]>>();
        out.set(ref.instrument, articles);
        const anchors = articles.get(ref.pinpoint.number) ?? new Map<string, Citing[]>();
        articles.set(ref.pinpoint.number, anchors);
        const anchor = paragraphKey(ref.pinpoint);
        const list = anchors.get(anchor) ?? [];
        if (!list.some((c) => c.unit === unit && c.doc === doc)) list.push({ doc, unit, sentence: citingSentence(unit.text, ref.quote), pinpoint: ref.pinpoint });
        anchors.set(anchor, list);
      }
    }
  }
  return out;
}

/** A citing unit as the ingest stores it: by key. */
export interface StoredCiting {
  unit: string;
  sentence: string;
  pinpoint: Pinpoint;
}

/** The anchor of the paragraph a pinpoint falls in (a sub-paragraph's citation is listed beside its paragraph). */
export function paragraphKey(p: Pinpoint): string {
  if (p.paragraph === null && p.subparagraph === null) return '';
  return pinpointAnchor({ ...p, subparagraph: p.paragraph === null ? p.subparagraph : null, item: null }) ?? '';
}

/** How many units cite each article (by article number), for the table of contents. */
export function articleCounts(instrument: CorpusInstrument): Map<string, number> {
  const units = new Map<string, Set<string>>();
  for (const c of instrument.citedBy) {
    if (c.pinpoint?.provision !== 'article') continue;
    units.set(c.pinpoint.number, (units.get(c.pinpoint.number) ?? new Set()).add(c.unit));
  }
  return new Map([...units].map(([n, s]) => [n, s.size]));
}
