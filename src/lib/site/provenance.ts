import { symbolUrl } from '../urls.ts';
import type { CorpusDocument } from '../corpus.ts';

/** The official UN record of a document symbol (undocs.org); null when no symbol is known. */
export function undocsUrl(symbol: string | null): string | null {
  return symbol ? symbolUrl(symbol) : null;
}

/** What each kind of text is, in words, for readers (the metadata's kind is a closed set of codes). */
const KIND_NAMES: Record<string, string> = {
  resolution: 'Resolution (adopted text)',
  'draft-resolution': 'Draft resolution (not adopted in this form)',
  'action-plan': 'Plan of action adopted by resolution',
  draft: 'Negotiating draft (not adopted in this form)',
  recommendations: 'Recommendations adopted by an intergovernmental body',
  report: 'Report',
};

/** The kind of a document in words; an unknown code is shown readably rather than hidden. */
export function kindName(kind: CorpusDocument['kind']): string {
  return KIND_NAMES[kind] ?? kind.replace(/-/gu, ' ').replace(/^./u, (c) => c.toUpperCase());
}

/** Kinds whose texts were adopted as they stand, as opposed to drafts (for search ranking and its status filter). */
const ADOPTED_KINDS = new Set(['resolution', 'action-plan', 'recommendations', 'report']);

export function isAdopted(kind: CorpusDocument['kind']): boolean {
  return ADOPTED_KINDS.has(kind);
}

/** The terms under which the site's own additions are offered (the UN texts keep the UN's terms). */
export const SITE_LICENCE =
  "This site's own additions (the paragraph addresses, citations, corrections, drafting-history alignment and data files) " +
  'may be reused under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): credit Trafficking Texts and link to the page used.';
