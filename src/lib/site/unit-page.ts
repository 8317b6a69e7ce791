/**
 * The page of one unit, inside the site's layout: its text, what it cites, the terms it uses, its
 * drafting history, the notes and corrections beside it, how to cite it and where it comes from.
 * Printed as strings (see html.ts) from the corpus and what the ingest computed for the unit.
 */
import { bibtex, citationMeta, cslJson, ris, unCitationWithUrl, type SubItem } from '../cite-as/citation-formats.ts';
import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import type { DiffSegment } from '../lineage/word-diff.ts';
import { citedArticles, statusOf } from '../offline/search-records.ts';
import type { SiteUnit } from '../site-model.ts';
import { articleAnchor, articlePageUrl, glossaryUrl, relativeHref, unitAnchor } from '../urls.ts';
import { bodyHtml } from './body-html.ts';
import { standaloneLabel } from './contents.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { evidenceText, relation, resolveSteps, type HistoryStep } from './history.ts';
import { attribute, html, Html } from './html.ts';
import { shortReference, statusName, unitName } from './names.ts';
import { correctionsHtml, footnotesHtml, openDataHeadHtml, unitNotesHtml } from './panels.ts';
import { isAdopted, kindName, undocsUrl } from './provenance.ts';

export interface UnitPageInput {
  corpus: Corpus;
  index: CorpusIndex;
  doc: CorpusDocument;
  unit: CorpusUnit;
  previous: CorpusUnit | null;
  next: CorpusUnit | null;
  /** What the ingest computed for the unit. */
  site: SiteUnit;
  /** The unit's absolute permanent address. */
  permalink: string;
  /** The address of a site-relative URL in the JSON-LD. */
  dataHref: (to: string) => string;
  /** Site-relative URL of the script of the "Cite this" panel. */
  citeScript: string;
}

export interface UnitPageHtml {
  title: string;
  description: string;
  /** What the page adds to the layout's head. */
  head: string;
  /** The page's main content. */
  main: string;
}

export function unitPageHtml(input: UnitPageInput): UnitPageHtml {
  const { doc, unit } = input;
  const cited = citedInstruments(unit);
  return {
    title: `${unitName(doc, unit)} · ${doc.shortTitle}`,
    description: unit.text.slice(0, 155),
    head: head(input, cited).value,
    main: main(input, cited).value,
  };
}

/** The instruments the unit cites, in order of first citation, each with the articles cited. */
function citedInstruments(unit: CorpusUnit): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  for (const ref of unit.references) {
    const articles = cited.get(ref.instrument) ?? new Set<string>();
    if (ref.article) articles.add(ref.article);
    cited.set(ref.instrument, articles);
  }
  return cited;
}

function head({ corpus, index, doc, unit, permalink, dataHref }: UnitPageInput, cited: Map<string, Set<string>>): Html {
  const instrumentNames = [...cited.keys()].map((id) => index.instrumentName(id));
  return html` <meta name="tt-document" data-pagefind-filter="document[content]"${attribute('content', doc.shortTitle)}> ${
    unit.section && html`<meta name="tt-section" data-pagefind-filter="section[content]"${attribute('content', unit.section)}>`
  }${instrumentNames.map(
    (n) => html`<meta name="tt-instrument" data-pagefind-filter="instrument[content]"${attribute('content', n)}>`,
  )}<meta name="tt-status" data-pagefind-filter="status[content]"${attribute('content', statusOf(doc))}> ${citedArticles(unit, index.instrumentNames).map(
    (a) => html`<meta name="tt-article" data-pagefind-filter="article[content]"${attribute('content', a)}>`,
  )}${citationMeta(doc, permalink).map((m) => html`<meta${attribute('name', m.name)}${attribute('content', m.content)}>`)}${openDataHeadHtml({
    doc,
    unit,
    corpus,
    url: unit.url,
    dataHref,
  })} `;
}

function main(input: UnitPageInput, cited: Map<string, Set<string>>): Html {
  const { index, doc, unit, previous, next, site, permalink } = input;
  const url = unit.url;
  const href = (to: string) => relativeHref(url, to);
  const name = unitName(doc, unit);
  const merged = unit.mergedInto ? index.unit(`${doc.id}/${unit.mergedInto}`).unit : undefined;
  const official = undocsUrl(doc.symbol);
  const lines = unit.sourceLines[0] === unit.sourceLines[1] ? `line ${unit.sourceLines[0]}` : `lines ${unit.sourceLines[0]}–${unit.sourceLines[1]}`;
  return html`  <nav class="breadcrumb" aria-label="Breadcrumb" data-pagefind-ignore> <ol> <li><a${attribute('href', href('/'))}>Documents</a></li> <li><a${attribute('href', href(doc.url))}>${doc.shortTitle}</a></li> <li><span aria-current="page">${standaloneLabel(unit)}</span></li> </ol> </nav> <article data-pagefind-body> <h1 data-pagefind-ignore data-pagefind-meta="title">${name} <span class="meta">· ${doc.shortTitle}</span></h1> <p class="meta"> <span data-pagefind-ignore>${
    unit.section && html`${unit.section} · `
  }Short reference: </span><span data-pagefind-weight="10">${shortReference(doc, unit)}</span> </p> ${
    unit.status !== 'text' &&
    html`<p><span class="status">${statusName(unit.status)}</span>${merged && html` See <a${attribute('href', href(merged.url))}>${unitName(doc, merged)}</a>.`}</p>`
  } <div class="unit-text"${attribute('data-pagefind-weight', isAdopted(doc.kind) ? '2' : '1')}> ${new Html(bodyHtml(site.body, { unit: unit.id, page: url, onDocumentPage: false }))} </div> ${
    unit.text.length > 0 &&
    doc.kind === 'draft' &&
    site.insertions &&
    html`<p class="meta" data-pagefind-ignore>Text marked <ins>like this</ins> was inserted with tracked changes in this draft.</p>`
  } ${footnotesHtml(unit.footnotes)} </article> ${citationsHtml(input, cited)} ${definitionsHtml(input)} ${historyHtml(input)} ${unitNotesHtml(unit.notes)} ${correctionsHtml(
    unit.corrections,
    doc.source,
    href(doc.sourceUrl),
  )} ${citeThisHtml(input)} <section class="panel" aria-labelledby="about-heading" data-pagefind-ignore> <h2 id="about-heading">About this text</h2> <dl class="facts"> <dt>Document</dt><dd><a${attribute('href', href(doc.url))}>${doc.title}</a>${
    doc.symbol && html` (${doc.symbol})`
  }</dd> <dt>What it is</dt><dd>${kindName(doc.kind)}</dd> ${
    official && html`<dt>Official record</dt><dd><a${attribute('href', official)} rel="external">${doc.symbol} on undocs.org</a></dd>`
  } <dt>In context</dt><dd><a${attribute('href', href(`${doc.url}#${unitAnchor(unit.id)}`))}>Read it in the full text</a></dd> <dt>Permanent address</dt><dd><a class="permalink" href="./">${permalink}</a></dd> <dt>Source</dt><dd><a${attribute(
    'href',
    href(doc.sourceUrl),
  )}>${doc.source}</a>, ${lines}</dd> </dl> </section> <script type="module">
    // Arriving from a search result: mark the words searched for.
    if (location.protocol !== 'file:' && new URLSearchParams(location.search).has('highlight')) {
      const { default: PagefindHighlight } = await import('../../pagefind/pagefind-highlight.js');
      new PagefindHighlight({ highlightParam: 'highlight', markContext: '.unit-text' });
    }
  </script> <nav class="pager" aria-label="Previous and next" data-pagefind-ignore> <ul> <li>${
    previous && html`<a${attribute('href', href(previous.url))} rel="prev">← ${unitName(doc, previous)}</a>`
  }</li> <li>${next && html`<a${attribute('href', href(next.url))} rel="next">${unitName(doc, next)} →</a>`}</li> </ul> </nav> `;
}

/** The instruments (with the articles) and UN documents the unit cites. */
function citationsHtml({ index, unit }: UnitPageInput, cited: Map<string, Set<string>>): Html {
  const url = unit.url;
  // One line per instrument, with the articles cited, in order of first citation.
  const documents = [...new Map(unit.citedDocuments.map((d) => [d.symbol, d])).values()];
  if (cited.size === 0 && documents.length === 0) return html``;
  return html`<section class="citations" aria-labelledby="cites-heading"><h2 id="cites-heading">Cites</h2><ul>${[...cited].map(([id, articles]) => {
    const instrument = index.instrument(id);
    return html`<li><a${attribute('href', relativeHref(url, instrument.url))}>${instrument.shortTitle ?? instrument.title}</a>${
      articles.size > 0 &&
      html`, ${[...articles].map((a, i) => html`${i > 0 && ', '}<a${attribute('href', relativeHref(url, `${instrument.url}#${articleAnchor(a)}`))}>article ${a}</a>`)}`
    }</li>`;
  })}${documents.map(
    (d) => html`<li>
UN document <a${attribute('href', d.url)} rel="external">${d.symbol}</a></li>`,
  )}</ul></section>`;
}

/** The definitions of the terms the unit uses, each in a disclosure a reader opens (no hover-only UI). */
function definitionsHtml({ index, unit, site }: UnitPageInput): Html {
  if (site.definitions.length === 0) return html``;
  const url = unit.url;
  return html`<section class="panel" aria-labelledby="terms-heading" data-pagefind-ignore><h2 id="terms-heading">Defined terms</h2>${site.definitions.map((key) => {
    const d = index.definition(key);
    return html`<details><summary>${`“${d.term}”: article ${d.article} ${d.label} of the ${d.instrument.shortTitle ?? d.instrument.title}`}</summary><p>${`${d.label} ${d.text}`}</p><p><a${attribute(
      'href',
      relativeHref(url, `${articlePageUrl(d.instrument.id, d.article)}#${d.anchor}`),
    )}>${`Article ${d.article} ${d.label} in full`}</a></p></details>`;
  })}<p class="meta"><a${attribute('href', relativeHref(url, glossaryUrl()))}>All defined terms</a></p></section>`;
}

/** The unit's earlier and later versions, each compared word by word, as the ingest linked them. */
function historyHtml({ index, unit, site }: UnitPageInput): Html {
  const earlier = resolveSteps(index, site.earlier);
  const later = resolveSteps(index, site.later);
  const anchor = site.historyAnchor;
  if (earlier.length + later.length === 0 && unit.lineage.fate === null && !unit.lineage.isNew) return html``;
  const url = unit.url;
  return html`<section class="history" aria-labelledby="history-heading" data-pagefind-ignore><h2 id="history-heading">Drafting history</h2><p class="diff-legend">In the comparisons: <del>words removed</del>, <ins>words added</ins>, other words unchanged.</p>${
    unit.lineage.isNew && earlier.length === 0 && html`<p>New in this text: no paragraph of the earlier draft became this one.</p>`
  }${unit.lineage.fate === 'deleted' && later.length === 0 && html`<p>Dropped: no paragraph of the later text descends from this one.</p>`}${
    unit.lineage.fate === 'not-in-copy' && html`<p>Its later version would stand in a part of the later text that is missing from the copy published here.</p>`
  }${earlier.length > 0 && html`<h3>Earlier versions</h3>${historyListHtml(earlier, 'earlier', url)}`}${
    later.length > 0 && html`<h3>Later versions</h3>${historyListHtml(later, 'later', url)}`
  }<p class="meta">
Changes are shown word by word, from the older version to the newer.
${anchor && html`<a${attribute('href', relativeHref(url, `/drafting-history/#${anchor}`))}>See this paragraph beside its other versions</a>`}</p></section>`;
}

function historyListHtml(steps: HistoryStep[], direction: 'earlier' | 'later', url: string): Html {
  const name = (v: Pick<HistoryStep, 'doc' | 'unit'>) => `${v.doc.shortTitle}, ${unitName(v.doc, v.unit)}`;
  // "This text" for the page's own unit; the version's name one step further away.
  const subject = (step: HistoryStep) => (step.depth === 1 ? 'This text' : name(step.via));
  const near = (step: HistoryStep) => (step.depth === 1 ? 'this paragraph' : name(step.via));
  const ends = (step: HistoryStep) => (direction === 'earlier' ? { older: name(step), newer: near(step) } : { older: near(step), newer: name(step) });
  const moved = (step: HistoryStep) => (step.link.moved ? ', and changed place' : '');
  return html`<ol class="history-steps"> ${steps.map(
    (step) =>
      html`<li${attribute('style', `margin-left: ${(step.depth - 1) * 1.5}rem`)}> <p> ${`${subject(step)} ${relation(step.link, direction)} `}<a${attribute(
        'href',
        relativeHref(url, step.unit.url),
      )}>${name(step)}</a>${`${moved(step)}. `}<span class="meta">How we know: ${evidenceText(step.link, ends(step))}.</span> </p> ${wordDiffHtml(step.diff)} ${
        direction === 'earlier' &&
        step.unit.notes.length > 0 &&
        html`<details> <summary>Drafting notes on ${unitName(step.doc, step.unit)} (${step.unit.notes.length})</summary> ${unitNotesHtml(step.unit.notes, 'h3')} </details>`
      } </li>`,
  )} </ol>`;
}

/** A comparison of two versions: removed and inserted words marked, the rest as it is. */
function wordDiffHtml(segments: DiffSegment[]): Html {
  // A removed word directly followed by the inserted one would read as one word ("UrgeEstablish"):
  // a space keeps them apart. Sub-items stay on lines of their own (white-space: pre-line).
  const parts = segments.flatMap((s, i) => {
    const next = segments[i + 1];
    const gap = s.op === 'del' && next?.op === 'ins' && !/\s$/u.test(s.text) && !/^\s/u.test(next.text);
    return gap ? [s, { op: 'same' as const, text: ' ' }] : [s];
  });
  return html`<p class="diff">${parts.map((s) => (s.op === 'ins' ? html`<ins>${s.text}</ins>` : s.op === 'del' ? html`<del>${s.text}</del>` : s.text))}</p>`;
}

/** Every form of the citation, for the unit and for each of its sub-items (chosen by the address's #fragment). */
function citeThisHtml({ doc, unit, permalink, citeScript }: UnitPageInput): Html {
  const forms = (item?: SubItem) => {
    const link = item ? `${permalink}#${item.id}` : permalink;
    return {
      heading: item ? `Cite this paragraph, sub-item ${item.label.replace(/^\(|[.)]+$/gu, '')}` : 'Cite this paragraph',
      un: unCitationWithUrl(doc, unit, link, item),
      csl: JSON.stringify([cslJson(doc, unit, link, item)], null, 2),
      bib: bibtex(doc, unit, link, item),
      ris: ris(doc, unit, link, item),
    };
  };
  const first = forms();
  const variants = Object.fromEntries(unit.subitems.map((item) => [item.id, forms(item)]));
  const risHref = `data:application/x-research-info-systems;charset=utf-8,${encodeURIComponent(first.ris)}`;
  // JSON in a script element: `<` escaped so that no text in it can end the element.
  const variantsJson = unit.subitems.length > 0 && new Html(JSON.stringify({ '': first, ...variants }).replace(/</gu, '\\u003c'));
  return html`<section class="cite-this" aria-labelledby="cite-heading" data-pagefind-ignore> <h2 id="cite-heading">${first.heading}</h2> <p id="cite-un" class="citation">${first.un}</p> <p class="cite-actions"> <button type="button" class="copy" data-copy="cite-un">Copy citation</button> <a id="cite-ris-download" class="button-link"${attribute(
    'href',
    risHref,
  )}${attribute('download', `${doc.id}-${unit.id}.ris`)}>Download RIS</a> </p> <details> <summary>CSL-JSON (Zotero, Mendeley)</summary> <pre id="cite-csl" tabindex="0">${first.csl}</pre> <button type="button" class="copy" data-copy="cite-csl">Copy CSL-JSON</button> </details> <details> <summary>BibTeX</summary> <pre id="cite-bib" tabindex="0">${first.bib}</pre> <button type="button" class="copy" data-copy="cite-bib">Copy BibTeX</button> </details> <details> <summary>RIS (EndNote, RefWorks)</summary> <pre id="cite-ris" tabindex="0">${first.ris}</pre> <button type="button" class="copy" data-copy="cite-ris">Copy RIS</button> </details> <p class="meta" id="copy-status" role="status" aria-live="polite"></p> ${
    variantsJson && html`<script type="application/json" id="cite-variants">${variantsJson}</script>`
  } </section> <script${attribute('src', relativeHref(unit.url, citeScript))} defer></script>`;
}
