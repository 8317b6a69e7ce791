import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import { articleAnchor, instrumentUrl } from '../urls.ts';
import { documentIdentity, subitemEid, unitEid, unitPlace, type AknIdentity } from './akn-iri.ts';
import { el, xmlDocument, type XmlElement, type XmlNode } from './xml.ts';

/**
 * One Akoma Ntoso 3.0 file per document (AKN4UN modelling): FRBR identification, the preamble's
 * paragraphs as containers, the operative or numbered paragraphs as `paragraph`s with their sub-items
 * as `list`/`point`, an annex as an attachment, footnotes as `authorialNote`, instrument citations
 * as `ref`, and the drafting lineage as `activeRef` (the earlier text this one reworks) and
 * `passiveRef` (the later texts that rework it). Built from corpus.json alone.
 */

const NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** The publisher of the markup (the FRBR manifestation's author); the texts' authors are their issuing bodies. */
const PUBLISHER = { eId: 'publisher', href: '/akn/ontology/organization/un/trafficking-texts', showAs: 'Trafficking Texts' };

const ANNEX_ATTACHMENT = 'att_1';

/** Site-relative URL of a document's AKN file. */
export function aknFileUrl(document: string): string {
  return `/${document}/akn.xml`;
}

function referenceHref(instrument: string, article: string | null): string {
  return article ? `${instrumentUrl(instrument)}#${articleAnchor(article)}` : instrumentUrl(instrument);
}

/** Marks the unit's instrument citations as `ref` where their words stand in this piece of text. */
class RefMarker {
  private remaining: CorpusUnit['references'];
  constructor(unit: CorpusUnit) {
    this.remaining = [...unit.references];
  }

  mark(text: string): XmlNode[] {
    const spans: { start: number; end: number; href: string }[] = [];
    this.remaining = this.remaining.filter((r) => {
      let at = text.indexOf(r.quote);
      while (at >= 0 && spans.some((s) => at < s.end && at + r.quote.length > s.start)) at = text.indexOf(r.quote, at + 1);
      if (at < 0 || r.quote === '') return true;
      spans.push({ start: at, end: at + r.quote.length, href: referenceHref(r.instrument, r.article) });
      return false;
    });
    spans.sort((a, b) => a.start - b.start);
    const out: XmlNode[] = [];
    let pos = 0;
    for (const s of spans) {
      out.push(text.slice(pos, s.start), el('ref', { href: s.href }, [text.slice(s.start, s.end)]));
      pos = s.end;
    }
    out.push(text.slice(pos));
    return out.filter((n) => n !== '');
  }
}

/** The unit's footnotes; a citation made by a footnote ("General Assembly resolution 44/25, annex") is marked in it. */
function notes(unit: CorpusUnit, eId: string, refs: RefMarker): XmlElement[] {
  return unit.footnotes.map((f) =>
    el('authorialNote', { marker: f.id, placement: 'bottom', eId: `${eId}__authorialNote_${f.id}` }, [el('p', {}, refs.mark(f.text))]),
  );
}

/** Splits a unit's text into the lines before its first sub-item, each sub-item's lines, and the lines after. */
function layout(unit: CorpusUnit): { intro: string[]; items: { id: string; label: string; text: string; more: string[] }[]; wrapUp: string[] } {
  const lines = unit.text.split('\n');
  const intro: string[] = [];
  const items: { id: string; label: string; text: string; more: string[] }[] = [];
  let next = 0;
  for (const line of lines) {
    const item = unit.subitems[next];
    if (item && line === `${item.label} ${item.text}`.trim()) {
      items.push({ ...item, more: [] });
      next++;
    } else if (items.length === 0) intro.push(line);
    else items[items.length - 1]!.more.push(line);
  }
  // Lines after the last sub-item that are not its continuation close the list (a wrap-up).
  const last = items[items.length - 1];
  const wrapUp = last && next === unit.subitems.length ? last.more.splice(0) : [];
  return { intro, items, wrapUp };
}

type Item = ReturnType<typeof layout>['items'][number];

function points(items: Item[], parentEid: string, depth: string[], refs: RefMarker): XmlElement[] {
  const level = items.filter((i) => i.id.split('-').length === depth.length + 1 && i.id.startsWith(depth.map((d) => `${d}-`).join('')));
  return level.map((item) => {
    const eId = subitemEid(parentEid, item.id.split('-').slice(-1)[0]!);
    const children = items.filter((i) => i.id.startsWith(`${item.id}-`));
    const paragraphs = [item.text, ...item.more].map((t) => el('p', {}, refs.mark(t)));
    if (children.length === 0) return el('point', { eId }, [el('num', {}, [item.label]), el('content', {}, paragraphs)]);
    return el('point', { eId }, [
      el('num', {}, [item.label]),
      el('list', { eId: `${eId}__list_1` }, [el('intro', {}, paragraphs), ...points(children, eId, [...depth, item.id.split('-').slice(-1)[0]!], refs)]),
    ]);
  });
}

function withNotes(paragraphs: XmlElement[], unit: CorpusUnit, eId: string, refs: RefMarker): XmlElement[] {
  const last = paragraphs[paragraphs.length - 1];
  if (last) last.children.push(...notes(unit, eId, refs));
  return paragraphs;
}

/**
 * wId continuity across the drafting history: a unit that descends one-to-one (unchanged or reworded,
 * not merged or split) from a unit of an earlier version keeps, as its `wId`, the `eId` of the earliest
 * unit of that line. The attribute is only written where the number changed ("only needed when a
 * renumbering occurred", says the schema), and never twice in one file.
 */
export function workIds(doc: CorpusDocument, corpus: Corpus): Map<string, string> {
  const units = new Map<string, CorpusUnit>(corpus.documents.flatMap((d) => d.units.map((u) => [`${d.id}/${u.id}`, u] as const)));
  const origin = (key: string, seen: Set<string>): string => {
    const unit = units.get(key)!;
    const parents = unit.lineage.parents;
    const parent = parents.length === 1 ? units.get(parents[0]!.unit) : undefined;
    const oneToOne = parent && ['unchanged', 'reworded'].includes(parents[0]!.kind) && parent.lineage.children.length === 1;
    return oneToOne && !seen.has(parents[0]!.unit) ? origin(parents[0]!.unit, new Set([...seen, key])) : unitEid(unit);
  };
  const candidates = doc.units.map((u) => [u.id, origin(`${doc.id}/${u.id}`, new Set()), unitEid(u)] as const).filter(([, w, e]) => w !== e);
  const counts = new Map<string, number>();
  for (const [, w] of candidates) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Map(candidates.filter(([, w]) => counts.get(w) === 1).map(([id, w]) => [id, w]));
}

/** A unit as an AKN `paragraph` (or, in a preamble, a `container`). */
function unitElement(unit: CorpusUnit, prefix = '', wId?: string): XmlElement {
  const eId = `${prefix}${unitEid(unit)}`;
  const refs = new RefMarker(unit);
  const status = unit.status === 'deleted' ? 'removed' : undefined;
  if (unitPlace(unit.part) === 'preamble') {
    return el('container', { name: 'preambularParagraph', eId, wId, status }, withNotes(unit.text.split('\n').map((t) => el('p', {}, refs.mark(t))), unit, eId, refs));
  }
  const { intro, items, wrapUp } = layout(unit);
  const num = el('num', {}, [unit.label]);
  if (items.length === 0) {
    return el('paragraph', { eId, wId, status }, [num, el('content', {}, withNotes(intro.map((t) => el('p', {}, refs.mark(t))), unit, eId, refs))]);
  }
  const listEid = `${eId}__list_1`;
  const introEl = intro.length > 0 ? el('intro', {}, intro.map((t) => el('p', {}, refs.mark(t)))) : null;
  const pointEls = points(items, eId, [], refs);
  const wrapEl = wrapUp.length > 0 ? el('wrapUp', {}, wrapUp.map((t) => el('p', {}, refs.mark(t)))) : null;
  // Footnotes go with the list's last words: the wrap-up, else the last point's last paragraph.
  const lastP = wrapEl ? (wrapEl.children[wrapEl.children.length - 1] as XmlElement) : lastParagraph(pointEls[pointEls.length - 1]!);
  lastP.children.push(...notes(unit, eId, refs));
  return el('paragraph', { eId, wId, status }, [num, el('list', { eId: listEid }, [introEl, ...pointEls, wrapEl])]);
}

function lastParagraph(node: XmlElement): XmlElement {
  const elements = node.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (node.name === 'p') return node;
  return lastParagraph(elements[elements.length - 1]!);
}

/** Units in document order, grouped under their section headings (and meeting-like parts). */
function bodyElements(units: CorpusUnit[], wIds: Map<string, string>, prefix = ''): XmlElement[] {
  const out: XmlElement[] = [];
  let group: XmlElement | null = null;
  let key: string | null = null;
  for (const unit of units) {
    const place = unitPlace(unit.part);
    const unitKey = place === 'group' ? `part:${unit.part}` : unit.section === null ? null : `section:${unit.section}`;
    if (unitKey !== key) {
      key = unitKey;
      group = null;
      if (unitKey !== null) {
        group =
          place === 'group'
            ? el('hcontainer', { name: 'part', eId: `${prefix}hcontainer_${unit.part}` }, [unit.section ? el('heading', {}, [unit.section]) : null])
            : el('hcontainer', { name: 'section' }, [el('heading', {}, [unit.section!])]);
        out.push(group);
      }
    }
    (group ? group.children : out).push(unitElement(unit, prefix, wIds.get(unit.id)));
  }
  return out;
}

function frbr(identity: AknIdentity, doc: CorpusDocument): XmlElement {
  return el('identification', { source: `#${PUBLISHER.eId}` }, [
    el('FRBRWork', {}, [
      el('FRBRthis', { value: identity.workThis }),
      el('FRBRuri', { value: identity.work }),
      doc.symbol ? el('FRBRalias', { value: doc.symbol, name: 'symbol' }) : null,
      el('FRBRalias', { value: doc.citeAs, name: 'citeAs' }),
      el('FRBRdate', { date: identity.date, name: identity.dateName }),
      el('FRBRauthor', { href: `#${identity.actor}` }),
      el('FRBRcountry', { value: 'un' }),
      el('FRBRsubtype', { value: identity.subtype }),
      el('FRBRnumber', { value: identity.number }),
      el('FRBRname', { value: identity.name }),
    ]),
    el('FRBRExpression', {}, [
      el('FRBRthis', { value: identity.expressionThis }),
      el('FRBRuri', { value: identity.expression }),
      el('FRBRdate', { date: identity.date, name: identity.dateName }),
      el('FRBRauthor', { href: `#${identity.actor}` }),
      el('FRBRlanguage', { language: 'eng' }),
    ]),
    el('FRBRManifestation', {}, [
      el('FRBRthis', { value: identity.manifestationThis }),
      el('FRBRuri', { value: identity.manifestation }),
      // The markup is derived from the source text, whose date is the text's own: a build date would make builds differ.
      el('FRBRdate', { date: identity.date, name: 'transformation' }),
      el('FRBRauthor', { href: `#${PUBLISHER.eId}` }),
    ]),
  ]);
}

function references(identity: AknIdentity, doc: CorpusDocument, corpus: Corpus): XmlElement {
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const earlier = doc.laterVersionOf ? byId.get(doc.laterVersionOf) : undefined;
  const later = corpus.documents.filter((d) => d.laterVersionOf === doc.id);
  const cited = [...new Set(doc.units.flatMap((u) => u.references.map((r) => r.instrument)))].sort();
  return el('references', { source: `#${PUBLISHER.eId}` }, [
    el('original', { eId: 'original', href: identity.expressionThis, showAs: doc.title }),
    earlier
      ? el('activeRef', { eId: `earlierVersion_${earlier.id}`, href: documentIdentity(earlier, corpus.documents).workThis, showAs: earlier.title })
      : null,
    ...later.map((d) => el('passiveRef', { eId: `laterVersion_${d.id}`, href: documentIdentity(d, corpus.documents).workThis, showAs: d.title })),
    el('TLCOrganization', { eId: identity.actor, href: `/akn/ontology/organization/un/${identity.actor}`, showAs: doc.authority }),
    el('TLCOrganization', PUBLISHER),
    ...cited.map((id) => {
      const instrument = corpus.instruments.find((i) => i.id === id);
      return el('TLCReference', { eId: `instrument_${id}`, name: 'instrument', href: instrumentUrl(id), showAs: instrument?.title ?? id });
    }),
  ]);
}

function chapeau(doc: CorpusDocument): XmlElement | null {
  const lines = doc.matter.filter((m) => m.role === 'chapeau' && m.after === null);
  return lines.length > 0 ? el('formula', { name: 'enactingFormula' }, lines.map((m) => el('p', {}, [m.text]))) : null;
}

function preface(doc: CorpusDocument, identity: AknIdentity): XmlElement {
  return el('preface', {}, [
    el('p', { class: 'title' }, [el('docTitle', {}, [doc.title])]),
    doc.symbol ? el('p', {}, [el('docNumber', {}, [doc.symbol])]) : null,
    doc.date ? el('p', {}, [el('docDate', { date: identity.date }, [doc.date])]) : null,
    el('p', {}, [el('docAuthority', {}, [doc.authority])]),
  ]);
}

/** The AKN XML of one document of the corpus. */
export function aknXml(doc: CorpusDocument, corpus: Corpus): string {
  const identity = documentIdentity(doc, corpus.documents);
  const preambular = doc.units.filter((u) => unitPlace(u.part) === 'preamble');
  const annex = doc.units.filter((u) => unitPlace(u.part) === 'annex');
  const body = doc.units.filter((u) => unitPlace(u.part) !== 'preamble' && unitPlace(u.part) !== 'annex');
  const formula = chapeau(doc);
  const wIds = workIds(doc, corpus);
  const meta = el('meta', {}, [frbr(identity, doc), references(identity, doc, corpus)]);
  const annexDoc =
    annex.length > 0
      ? el('attachments', {}, [
          el('attachment', { eId: ANNEX_ATTACHMENT }, [
            el('doc', { name: 'annex' }, [
              el('meta', {}, [frbr({ ...identity, workThis: `${identity.work}/!annex`, expressionThis: `${identity.expression}/!annex`, manifestationThis: `${identity.expression}/!annex.xml` }, doc)]),
              // eIds are unique across the whole file, attachments included: the annex's carry its prefix.
              el('mainBody', {}, bodyElements(annex, wIds, `${ANNEX_ATTACHMENT}__`)),
            ]),
          ]),
        ])
      : null;
  const root = el(identity.type, { name: identity.name, contains: 'originalVersion' }, [
    meta,
    preface(doc, identity),
    preambular.length > 0 || formula ? el('preamble', {}, [formula, ...preambular.map((u) => unitElement(u, '', wIds.get(u.id)))]) : null,
    el('mainBody', {}, body.length > 0 ? bodyElements(body, wIds) : [el('p', {}, [doc.title])]),
    annexDoc,
  ]);
  return xmlDocument(el('akomaNtoso', { xmlns: NAMESPACE }, [root]));
}
