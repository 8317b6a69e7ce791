/**
 * The parts a unit's page and its document's reading page share: footnotes, drafting notes,
 * corrections, and the head's links to the open data. Printed as strings (see html.ts).
 */
import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import { documentJsonLd, jsonLdText, unitJsonLd } from '../open-data/json-ld.ts';
import { aknFileUrl, unitDataUrl } from '../open-data/paths.ts';
import { relativeHref } from '../urls.ts';
import { attribute, html, Html } from './html.ts';

export function footnotesHtml(footnotes: { id: string; text: string }[]): Html {
  if (footnotes.length === 0) return html``;
  return html`<section class="footnotes" aria-labelledby="footnotes-heading"><h2 id="footnotes-heading">Footnotes</h2><ol>${footnotes.map(
    (f) => html`<li${attribute('id', `fn-${f.id}`)}${attribute('value', Number(f.id))}>${f.text}</li>`,
  )}</ol></section>`;
}

const NOTE_KIND: Record<CorpusUnit['notes'][number]['kind'], string> = {
  deleted: 'Deleted',
  formatted: 'Formatted',
  editor: "Editors' note",
};

/** The drafting notes the source carries beside a unit (deletions, formatting, editors' notes). */
export function unitNotesHtml(notes: CorpusUnit['notes'], headingLevel: 'h2' | 'h3' = 'h2'): Html {
  if (notes.length === 0) return html``;
  const heading = new Html(headingLevel);
  return html`<section class="notes"><${heading}>Drafting notes in the source</${heading}><ul>${notes.map(
    (n) =>
      html`<li><span class="note-kind">${NOTE_KIND[n.kind]}:</span> ${
        n.text === '' ? html`<em>(white space or formatting only)</em>` : n.kind === 'deleted' ? html`<del>${n.text}</del>` : n.text
      } <span class="meta">(source line ${n.line})</span></li>`,
  )}</ul></section>`;
}

/** The corrections of conversion noise in the text above, each with its source line and reason. */
export function correctionsHtml(corrections: CorpusUnit['corrections'], source: string, sourceHref: string): Html {
  if (corrections.length === 0) return html``;
  return html`<section class="corrections"><h2>Corrections</h2><p class="meta">
The text above differs from the source <a${attribute('href', sourceHref)}>${source}</a> where conversion noise was corrected:
</p><ul>${corrections.map(
    (c) => html`<li>
Line ${c.line}: <code>${c.find}</code> → ${c.replace === '' ? html`<em>(removed)</em>` : html`<code>${c.replace}</code>`}. ${c.reason}</li>`,
  )}</ul></section>`;
}

export interface OpenDataHeadInput {
  doc: CorpusDocument;
  /** The unit, on a unit's page. */
  unit?: CorpusUnit;
  corpus: Corpus;
  /** This page's site-relative URL. */
  url: string;
  /** The address of a site-relative URL in the JSON-LD: absolute where the hosting origin is known. */
  dataHref: (to: string) => string;
}

/** In a page's head: links to the page's data files and its schema.org JSON-LD. */
export function openDataHeadHtml({ doc, unit, corpus, url, dataHref }: OpenDataHeadInput): Html {
  const jsonLd = jsonLdText(unit ? unitJsonLd(doc, unit, corpus, dataHref) : documentJsonLd(doc, corpus, dataHref));
  return html`${
    unit && html`<link rel="alternate" type="application/json"${attribute('href', relativeHref(url, unitDataUrl(unit.url)))} title="This paragraph as JSON">`
  }<link rel="alternate" type="application/akn+xml"${attribute('href', relativeHref(url, aknFileUrl(doc.id)))} title="The document in Akoma Ntoso XML"><script type="application/ld+json">${new Html(jsonLd)}</script>`;
}
