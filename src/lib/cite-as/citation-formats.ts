import type { CorpusDocument, CorpusUnit } from '../corpus.ts';

/**
 * Ready-to-paste citations of one unit, or of one sub-item of it: the UN's own style, CSL-JSON
 * (Zotero and similar tools), BibTeX, RIS, and the meta tags reference managers read from a page.
 * Pure: the absolute permalink is passed in (see site/origin.ts).
 */

type Doc = Pick<CorpusDocument, 'id' | 'title' | 'symbol' | 'date' | 'kind' | 'authority' | 'citeAs'>;
type Unit = Pick<CorpusUnit, 'id' | 'label' | 'part' | 'section'>;
/** A sub-item as cited: its id (the anchor) and its label as printed ("a.", "(ii)"). */
export type SubItem = Pick<CorpusUnit['subitems'][number], 'id' | 'label'>;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** A sub-item label as UN documents cite it: "a." and "(a)" both become "(a)". */
export function subItemPinpoint(item: SubItem): string {
  return `(${item.label.replace(/^\(|[.)]+$/gu, '')})`;
}

/** The pinpoint as UN documents write it: "para. 38", "para. 43 (b)", "third preambular paragraph", "fourth meeting, recommendation 46". */
export function pinpoint(unit: Unit, item?: SubItem): string {
  const sub = item ? ` ${subItemPinpoint(item)}` : '';
  if (unit.part === 'preambular') {
    const n = Number(unit.label.replace(/^PP/u, ''));
    return ORDINALS[n - 1] ? `${ORDINALS[n - 1]} preambular paragraph${sub}` : `preambular para. ${n}${sub}`;
  }
  const meeting = /^m(\d+)$/u.exec(unit.part ?? '');
  if (meeting) return `${ORDINALS[Number(meeting[1]) - 1] ?? `meeting ${meeting[1]}`} meeting, recommendation ${unit.label}${sub}`;
  // An annex numbers its paragraphs afresh: "resolution 80/9, annex, para. 5".
  const annex = unit.part === 'annex' ? 'annex, ' : '';
  // The one unnumbered operative paragraph of a one-sentence resolution carries no number to cite.
  if (unit.part === 'operative' && /^OP\d+$/u.test(unit.label)) return `operative paragraph${sub}`;
  if (!/^\d/u.test(unit.label)) return `${annex}${unit.label.toLowerCase()}${sub}`;
  return `${annex}para. ${unit.label}${sub}`;
}

/** The UN-style citation, with the document symbol where one is known and the citation does not already print it. */
export function unCitation(doc: Doc, unit: Unit, item?: SubItem): string {
  const symbol = doc.symbol && !doc.citeAs.includes(doc.symbol) ? ` (${doc.symbol})` : '';
  return `${doc.citeAs}, ${pinpoint(unit, item)}${symbol}.`;
}

/** The UN-style citation followed by the full permanent URL: what the "Copy citation" button copies. */
export function unCitationWithUrl(doc: Doc, unit: Unit, permalink: string, item?: SubItem): string {
  return `${unCitation(doc, unit, item)} Available at ${permalink}`;
}

function dateParts(date: string | null): [number, number, number] | null {
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
}

export function cslJson(doc: Doc, unit: Unit, permalink: string, item?: SubItem): Record<string, unknown> {
  const parts = dateParts(doc.date);
  return {
    id: `${doc.id}/${unit.id}${item ? `/${item.id}` : ''}`,
    type: doc.kind === 'resolution' || doc.kind === 'action-plan' ? 'legislation' : 'document',
    title: doc.title,
    authority: doc.authority,
    author: [{ literal: doc.authority }],
    ...(doc.symbol ? { number: doc.symbol } : {}),
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    locator: pinpoint(unit, item),
    URL: permalink,
  };
}

function bibEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/gu, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '^' || ch === '~' ? `\\${ch}{}` : `\\${ch}`));
}

export function bibtex(doc: Doc, unit: Unit, permalink: string, item?: SubItem): string {
  const key = `${doc.id}-${unit.id}${item ? `-${item.id}` : ''}`.replace(/[^A-Za-z0-9-]/gu, '');
  const fields: [string, string][] = [
    ['title', `{${bibEscape(doc.title)}}`],
    ['author', `{{${bibEscape(doc.authority)}}}`],
    ...(doc.date ? ([['year', doc.date.slice(0, 4)]] as [string, string][]) : []),
    ...(doc.symbol ? ([['number', `{${bibEscape(doc.symbol)}}`]] as [string, string][]) : []),
    ['note', `{${bibEscape(pinpoint(unit, item))}}`],
    ['url', `{${permalink}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

/** RIS (the format EndNote, Zotero, Mendeley and RefWorks all import): tagged lines ending in CR LF. */
export function ris(doc: Doc, unit: Unit, permalink: string, item?: SubItem): string {
  const parts = dateParts(doc.date);
  const lines: [string, string][] = [
    ['TY', doc.kind === 'resolution' || doc.kind === 'action-plan' ? 'GOVDOC' : 'GEN'],
    ['TI', doc.title],
    ['AU', doc.authority],
    ...(parts ? ([['PY', String(parts[0])], ['DA', `${parts[0]}/${String(parts[1]).padStart(2, '0')}/${String(parts[2]).padStart(2, '0')}`]] as [string, string][]) : []),
    ...(doc.symbol ? ([['M1', doc.symbol]] as [string, string][]) : []),
    ['N1', `Cited: ${pinpoint(unit, item)}`],
    ['UR', permalink],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

/**
 * Highwire Press `citation_*` and Dublin Core `DC.*` meta tags, which Zotero's page translator and
 * Google Scholar read: they describe the document; the page's own permanent URL says which part.
 */
export function citationMeta(doc: Doc, permalink: string): { name: string; content: string }[] {
  const parts = dateParts(doc.date);
  const slashDate = parts ? `${parts[0]}/${String(parts[1]).padStart(2, '0')}/${String(parts[2]).padStart(2, '0')}` : null;
  const tags: [string, string | null][] = [
    ['citation_title', doc.title],
    ['citation_author', doc.authority],
    ['citation_publication_date', slashDate],
    ['citation_technical_report_number', doc.symbol],
    ['citation_public_url', permalink],
    ['citation_language', 'en'],
    ['DC.title', doc.title],
    ['DC.creator', doc.authority],
    ['DC.date', doc.date],
    ['DC.identifier', permalink],
    ['DC.identifier', doc.symbol],
    ['DC.type', 'Text'],
    ['DC.language', 'en'],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}
