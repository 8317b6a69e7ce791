import type { CorpusDocument, CorpusUnit } from '../corpus.ts';

/** How a unit is named in headings and links: "Paragraph 17bis", "Fourth meeting, recommendation 46". */
export function unitName(doc: Pick<CorpusDocument, 'kind'>, unit: Pick<CorpusUnit, 'id' | 'label' | 'part' | 'section'>): string {
  if (unit.part === 'preambular') return `Preambular paragraph ${unit.label.replace(/^PP/u, '')}`;
  if (unit.part === 'operative') return `Operative paragraph ${unit.label}`;
  if (unit.part?.startsWith('m') && unit.section) {
    const meeting = /^[IVXL]+\.\s+(\S+ meeting)/u.exec(unit.section)?.[1];
    if (meeting) return `${meeting}, recommendation ${unit.label}`;
  }
  if (!/^\d/u.test(unit.label)) return unit.label;
  return doc.kind === 'recommendations' ? `Recommendation ${unit.label}` : `Paragraph ${unit.label}`;
}

/** The short form used in running text and citations: "para. 17bis", "PP3", "rec. 46". */
export function unitShortName(unit: Pick<CorpusUnit, 'label' | 'part'>): string {
  if (unit.part === 'preambular') return unit.label;
  if (unit.part === 'operative') return `OP${unit.label}`;
  if (!/^\d/u.test(unit.label)) return unit.label;
  return `para. ${unit.label}`;
}

const STATUS_NAMES: Record<CorpusUnit['status'], string> = {
  text: 'Text',
  deleted: 'Deleted in this draft',
  merged: 'Merged into another paragraph',
};

export function statusName(status: CorpusUnit['status']): string {
  return STATUS_NAMES[status];
}

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m! - 1];
  return `${d} ${month} ${y}`;
}

/** The short reference people type and write: "GPA 38", "ECOSOC 2006/27 OP2", "WG 4/46". */
export function shortReference(
  doc: Pick<CorpusDocument, 'abbreviation'>,
  unit: Pick<CorpusUnit, 'id' | 'label' | 'part'>,
): string {
  if (unit.part === 'preambular') return `${doc.abbreviation} ${unit.label}`;
  if (unit.part === 'operative') return `${doc.abbreviation} OP${unit.label}`;
  const meeting = /^m(\d+)$/u.exec(unit.part ?? '');
  if (meeting) return `${doc.abbreviation} ${meeting[1]}/${unit.label}`;
  return `${doc.abbreviation} ${/^\d/u.test(unit.label) ? unit.label : unit.id}`;
}
