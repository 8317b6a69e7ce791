import type { CorpusDocument, CorpusUnit } from '../corpus.ts';

/** One entry of a document's contents list: a heading and the run of units under it. */
export interface ContentsEntry {
  /** Anchor of the heading on the reading page ("s-ii-protecting-and-assisting-victims"). */
  id: string;
  heading: string;
  /** Label of the first and last unit under it, as shown beside the text. */
  first: string;
  last: string;
  count: number;
  /** Index in doc.units of the unit the heading stands above. */
  startsAt: number;
}

/** The heading a part of a resolution stands under when the source prints none. */
const PART_HEADINGS: Record<string, string> = { preambular: 'Preambular paragraphs', operative: 'Operative paragraphs' };

/** A document with at least this many headings gets a contents list. */
export const CONTENTS_MIN_HEADINGS = 2;

/** What the reading page shows above a unit: its section heading, else its part's heading, when it changes. */
function headingOf(unit: Pick<CorpusUnit, 'section' | 'part'>): string | null {
  if (unit.section) return unit.section;
  return unit.part ? (PART_HEADINGS[unit.part] ?? null) : null;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60).replace(/-$/u, '');
}

/**
 * The headings of a reading page in order, each with a stable anchor made from its own words (never
 * from a position), prefixed `s-` so that it cannot collide with a unit's id.
 */
export function documentContents(doc: Pick<CorpusDocument, 'units'>): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  const used = new Set<string>();
  doc.units.forEach((unit, i) => {
    const heading = headingOf(unit);
    const previous = i > 0 ? headingOf(doc.units[i - 1]!) : null;
    if (heading && (i === 0 || heading !== previous)) {
      let id = `s-${slug(heading)}`;
      for (let n = 2; used.has(id); n++) id = `s-${slug(heading)}-${n}`;
      used.add(id);
      entries.push({ id, heading, first: standaloneLabel(unit), last: standaloneLabel(unit), count: 0, startsAt: i });
    }
    const current = entries.at(-1);
    if (current && heading) {
      current.count++;
      current.last = standaloneLabel(unit);
    }
  });
  return entries;
}

/**
 * A unit's label that says what it is without the heading above it: "PP4" and "OP4" in a resolution,
 * "4/36" for recommendation 36 of the fourth meeting, the printed label otherwise.
 */
export function standaloneLabel(unit: Pick<CorpusUnit, 'label' | 'part'>): string {
  if (unit.part === 'preambular') return /^PP/u.test(unit.label) ? unit.label : `PP${unit.label}`;
  if (unit.part === 'operative') return /^OP/u.test(unit.label) ? unit.label : `OP${unit.label}`;
  const meeting = /^m(\d+)$/u.exec(unit.part ?? '');
  if (meeting) return `${meeting[1]}/${unit.label}`;
  return unit.label;
}

/** Labels longer than this stand above their text instead of beside it. */
export const SIDE_LABEL_MAX = 5;

/**
 * The paragraph numbers an incomplete copy lacks: the plain numbers from 1 to its highest that have
 * no unit. Empty for a complete copy, or one not numbered plainly.
 */
export function missingUnitIds(doc: Pick<CorpusDocument, 'incomplete' | 'units'>): string[] {
  if (!doc.incomplete) return [];
  const present = new Set(doc.units.map((u) => u.id).filter((id) => /^\d+$/u.test(id)).map(Number));
  if (present.size === 0) return [];
  const missing: string[] = [];
  for (let n = 1; n < Math.max(...present); n++) if (!present.has(n)) missing.push(String(n));
  return missing;
}
