import type { Corpus, CorpusDocument, CorpusUnit } from '../corpus.ts';
import { corpusIndex } from '../site/corpus-index.ts';
import { articleAnchor, instrumentUrl } from '../urls.ts';
import { subitemEid, unitEid, unitPlace } from './akn-iri.ts';
import { el, type XmlElement, type XmlNode } from './xml.ts';

/**
 * The units of a document as Akoma Ntoso elements: a preambular paragraph as a `container`, any other
 * unit as a `paragraph` whose sub-items are `list`/`point`, footnotes as `authorialNote`, instrument
 * citations as `ref`, grouped under their section headings or parts.
 */

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
  // Looked up in the corpus's index, built once: a map of every unit per document made this quadratic.
  const index = corpusIndex(corpus);
  const origin = (key: string, seen: Set<string>): string => {
    const unit = index.unit(key).unit;
    const parents = unit.lineage.parents;
    const parent = parents.length === 1 ? index.unit(parents[0]!.unit).unit : undefined;
    const oneToOne = parent && ['unchanged', 'reworded'].includes(parents[0]!.kind) && parent.lineage.children.length === 1;
    return oneToOne && !seen.has(parents[0]!.unit) ? origin(parents[0]!.unit, new Set([...seen, key])) : unitEid(unit);
  };
  const candidates = doc.units.map((u) => [u.id, origin(`${doc.id}/${u.id}`, new Set()), unitEid(u)] as const).filter(([, w, e]) => w !== e);
  const counts = new Map<string, number>();
  for (const [, w] of candidates) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Map(candidates.filter(([, w]) => counts.get(w) === 1).map(([id, w]) => [id, w]));
}

/** A unit as an AKN `paragraph` (or, in a preamble, a `container`). */
export function unitElement(unit: CorpusUnit, prefix = '', wId?: string): XmlElement {
  const eId = `${prefix}${unitEid(unit)}`;
  const refs = new RefMarker(unit);
  const status = unit.status === 'deleted' ? 'removed' : undefined;
  if (unitPlace(unit.part) === 'preamble') return preambular(unit, eId, wId, status, refs);
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

/** A preambular paragraph: a `container` of blocks; its sub-items ("... was developed: (a) ...") a `blockList`. */
function preambular(unit: CorpusUnit, eId: string, wId: string | undefined, status: string | undefined, refs: RefMarker): XmlElement {
  const { intro, items, wrapUp } = layout(unit);
  if (items.length === 0) {
    return el('container', { name: 'preambularParagraph', eId, wId, status }, withNotes(unit.text.split('\n').map((t) => el('p', {}, refs.mark(t))), unit, eId, refs));
  }
  const itemEls = items.map((item) =>
    el('item', { eId: subitemEid(eId, item.id, 'item') }, [el('num', {}, [item.label]), ...[item.text, ...item.more].map((t) => el('p', {}, refs.mark(t)))]),
  );
  const list = el('blockList', { eId: `${eId}__list_1` }, [
    intro.length > 0 ? el('listIntroduction', {}, refs.mark(intro.join(' '))) : null,
    ...itemEls,
    wrapUp.length > 0 ? el('listWrapUp', {}, refs.mark(wrapUp.join(' '))) : null,
  ]);
  const last = wrapUp.length > 0 ? (list.children[list.children.length - 1] as XmlElement) : lastParagraph(itemEls[itemEls.length - 1]!);
  last.children.push(...notes(unit, eId, refs));
  return el('container', { name: 'preambularParagraph', eId, wId, status }, [list]);
}

function lastParagraph(node: XmlElement): XmlElement {
  const elements = node.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (node.name === 'p') return node;
  return lastParagraph(elements[elements.length - 1]!);
}

/** Units in document order, grouped under their section headings (and meeting-like parts). */
export function bodyElements(units: CorpusUnit[], wIds: Map<string, string>, prefix = ''): XmlElement[] {
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

