import type { CorpusDocument, CorpusUnit } from '../corpus.ts';

/**
 * Ready-to-paste citations of one unit: the UN's own style, CSL-JSON (for Zotero and similar
 * tools) and BibTeX. Pure: the permalink is passed in because only the page knows its origin.
 */

type Doc = Pick<CorpusDocument, 'id' | 'title' | 'symbol' | 'date' | 'kind' | 'authority' | 'citeAs'>;
type Unit = Pick<CorpusUnit, 'id' | 'label' | 'part' | 'section'>;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** The pinpoint as UN documents write it: "para. 38", "third preambular paragraph", "fourth meeting, recommendation 46". */
export function pinpoint(unit: Unit): string {
  if (unit.part === 'preambular') {
    const n = Number(unit.label.replace(/^PP/u, ''));
    return ORDINALS[n - 1] ? `${ORDINALS[n - 1]} preambular paragraph` : `preambular para. ${n}`;
  }
  const meeting = /^m(\d+)$/u.exec(unit.part ?? '');
  if (meeting) return `${ORDINALS[Number(meeting[1]) - 1] ?? `meeting ${meeting[1]}`} meeting, recommendation ${unit.label}`;
  if (!/^\d/u.test(unit.label)) return unit.label.toLowerCase();
  return `para. ${unit.label}`;
}

export function unCitation(doc: Doc, unit: Unit): string {
  return `${doc.citeAs}, ${pinpoint(unit)}.`;
}

export function cslJson(doc: Doc, unit: Unit, permalink: string): Record<string, unknown> {
  const [year, month, day] = (doc.date ?? '').split('-').map(Number);
  return {
    id: `${doc.id}/${unit.id}`,
    type: doc.kind === 'resolution' || doc.kind === 'action-plan' ? 'legislation' : 'document',
    title: doc.title,
    authority: doc.authority,
    author: [{ literal: doc.authority }],
    ...(doc.symbol ? { number: doc.symbol } : {}),
    ...(year ? { issued: { 'date-parts': [[year, month, day]] } } : {}),
    locator: pinpoint(unit),
    URL: permalink,
  };
}

function bibEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/gu, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '^' || ch === '~' ? `\\${ch}{}` : `\\${ch}`));
}

export function bibtex(doc: Doc, unit: Unit, permalink: string): string {
  const key = `${doc.id}-${unit.id}`.replace(/[^A-Za-z0-9-]/gu, '');
  const fields: [string, string][] = [
    ['title', `{${bibEscape(doc.title)}}`],
    ['author', `{{${bibEscape(doc.authority)}}}`],
    ...(doc.date ? ([['year', doc.date.slice(0, 4)]] as [string, string][]) : []),
    ...(doc.symbol ? ([['number', `{${bibEscape(doc.symbol)}}`]] as [string, string][]) : []),
    ['note', `{${bibEscape(pinpoint(unit))}}`],
    ['url', `{${permalink}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
