import type { CorpusDocument } from '../corpus.ts';
import { IngestError } from '../errors.ts';

/**
 * Akoma Ntoso identifiers (AKN naming convention, as localised by AKN4UN): FRBR work, expression and
 * manifestation IRIs for each document, and an `eId` and IRI for each unit. Everything is derived
 * from a document's metadata (symbol, date, kind, authority) by the rule tables below, so a new
 * document gets its identifiers without any code naming it. Changing a rule changes published IRIs:
 * the URL manifest then stops the build until the old aliases are redirected.
 */

/** What the identifiers are derived from: the metadata fields of a corpus document. */
export interface AknSource {
  id: string;
  symbol: string | null;
  date: string | null;
  kind: string;
  authority: string;
  /** The earlier text this one is a later version of (an undated text takes its bound from it). */
  laterVersionOf: string | null;
}

/** The AKN document type and AKN4UN subclass for each document kind (STYLE 14: a closed set). */
const KIND_CLASSES: Record<string, { type: 'statement' | 'doc'; subtype: string; name: string; annexOfResolution: boolean }> = {
  // AKN4UN "deliberative documents": adopted and draft resolutions are statements of subtype deliberation.
  resolution: { type: 'statement', subtype: 'deliberation', name: 'resolution', annexOfResolution: false },
  'draft-resolution': { type: 'statement', subtype: 'deliberation', name: 'resolutionDraft', annexOfResolution: false },
  // A plan adopted as the annex of a resolution is that resolution's annex component (`!annex`).
  'action-plan': { type: 'statement', subtype: 'deliberation', name: 'resolution', annexOfResolution: true },
  // Texts that are not deliberations (negotiation drafts, reports, compilations of recommendations) are AKN `doc`s.
  draft: { type: 'doc', subtype: 'draft', name: 'draft', annexOfResolution: false },
  recommendations: { type: 'doc', subtype: 'recommendations', name: 'recommendations', annexOfResolution: false },
  report: { type: 'doc', subtype: 'report', name: 'report', annexOfResolution: false },
};

/** The AKN4UN actor code of the issuing body, by its name; first match wins. Others: the name as a slug. */
const ACTORS: [RegExp, string][] = [
  [/\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b/u, 'un-ga-c$n'],
  [/\bGeneral Assembly\b/u, 'un-ga'],
  [/\bEconomic and Social Council\b/u, 'un-ecosoc'],
  [/\bSecurity Council\b/u, 'un-sc'],
  [/\bHuman Rights Council\b/u, 'un-hrc'],
];
const COMMITTEE_NUMBERS: Record<string, string> = { First: '1', Second: '2', Third: '3', Fourth: '4', Fifth: '5', Sixth: '6' };

/** A resolution symbol ("A/RES/64/293", "E/RES/2006/27"): its number is "<session or year>-<number>". */
const RESOLUTION_SYMBOL = /^[A-Z]+\/RES\/(\d+)\/(\d+)/u;

export interface AknIdentity {
  /** The FRBR work IRI of the whole text ("/akn/un/statement/deliberation/un-ga/2010-07-30/64-293"). */
  work: string;
  /** The component this file holds: "main", or "annex" when the text is a resolution's annex. */
  component: 'main' | 'annex';
  /** FRBRthis of the work: the work IRI, with "/!annex" for an annex. */
  workThis: string;
  expression: string;
  expressionThis: string;
  manifestation: string;
  manifestationThis: string;
  /** The date in FRBRdate, and what it is ("adoption", "draft", or a bound for undated texts). */
  date: string;
  dateName: string;
  actor: string;
  number: string;
  type: 'statement' | 'doc';
  subtype: string;
  /** The AKN4UN subclass, the root document element's `name`. */
  name: string;
}


function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9.]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export function actorCode(authority: string): string {
  for (const [pattern, code] of ACTORS) {
    const m = pattern.exec(authority);
    if (m) return code.replace('$n', COMMITTEE_NUMBERS[m[1] ?? ''] ?? '');
  }
  return slug(authority.replace(/^United Nations\s+/u, ''));
}

/** The work's number: "64-293" for a resolution, the symbol as a slug for other symbols, else the site's permanent slug. */
export function workNumber(doc: Pick<AknSource, 'id' | 'symbol'>): string {
  if (!doc.symbol) return doc.id;
  const resolution = RESOLUTION_SYMBOL.exec(doc.symbol);
  return resolution ? `${resolution[1]}-${resolution[2]}` : slug(doc.symbol.replace(/\//gu, '-'));
}

/**
 * The date of the work. An undated text (a negotiation draft) is dated by the year of the first dated
 * text that is a later version of it: the naming convention allows a year where the day is unknown,
 * and FRBRdate says that it is a bound, not a date the text bears.
 */
function workDate(doc: AknSource, all: AknSource[]): { iri: string; date: string; name: string } {
  if (doc.date) return { iri: doc.date, date: doc.date, name: doc.kind.includes('draft') ? 'draft' : 'adoption' };
  const seen = new Set<string>([doc.id]);
  let current = doc;
  for (;;) {
    const later = all.find((d) => d.laterVersionOf === current.id && !seen.has(d.id));
    if (!later) break;
    if (later.date) return { iri: later.date.slice(0, 4), date: later.date, name: `notAfter:${later.id}` };
    seen.add(later.id);
    current = later;
  }
  throw new IngestError(
    'NoAknIdentity',
    `document "${doc.id}" has no date, and no later version of it has one: an Akoma Ntoso work needs a date`,
    { file: 'content/documents.json' },
    'Give the document its date (the date it bears, or of its adoption).',
  );
}

export function documentIdentity(doc: AknSource, all: AknSource[]): AknIdentity {
  const cls = KIND_CLASSES[doc.kind];
  if (!cls) {
    throw new IngestError(
      'NoAknIdentity',
      `document "${doc.id}" has kind "${doc.kind}", which has no Akoma Ntoso document class`,
      { file: 'content/documents.json' },
      'Use one of the kinds in KIND_CLASSES (src/lib/open-data/akn-iri.ts), or add the new kind there with its AKN4UN class.',
    );
  }
  const { iri, date, name: dateName } = workDate(doc, all);
  const actor = actorCode(doc.authority);
  const number = workNumber(doc);
  const work = `/akn/un/${cls.type}/${cls.subtype}/${actor}/${iri}/${number}`;
  const component = cls.annexOfResolution && doc.symbol !== null && RESOLUTION_SYMBOL.test(doc.symbol) ? 'annex' : 'main';
  // An undated text is the original expression ("eng@"): the naming convention's form when no version date is known.
  const expression = `${work}/eng@${doc.date ?? ''}`;
  const suffix = component === 'annex' ? '/!annex' : '/!main';
  return {
    work,
    component,
    workThis: component === 'annex' ? `${work}/!annex` : work,
    expression,
    expressionThis: `${expression}${suffix}`,
    manifestation: `${expression}.akn`,
    manifestationThis: `${expression}${suffix}.xml`,
    date,
    dateName,
    actor,
    number,
    type: cls.type,
    subtype: cls.subtype,
    name: cls.name,
  };
}

/** Where a unit stands in the AKN tree, from its `part` (the parsers' closed set plus meeting-like groups). */
export type UnitPlace = 'preamble' | 'body' | 'annex' | 'group';

export function unitPlace(part: string | null): UnitPlace {
  if (part === 'preambular') return 'preamble';
  if (part === 'annex') return 'annex';
  if (part === null || part === 'operative') return 'body';
  return 'group';
}

/** The number of a unit inside its part: the unit id without the part's prefix ("pp3" -> "3", "m4-46" -> "46"). */
export function unitNumber(unit: { id: string; part: string | null }): string {
  const prefixes = [unit.part ? `${unit.part}-` : null, /^pp\d/u.test(unit.id) ? 'pp' : null, /^op\d/u.test(unit.id) ? 'op' : null, 'annex-'];
  for (const prefix of prefixes) if (prefix && unit.id.startsWith(prefix) && unit.id.length > prefix.length) return unit.id.slice(prefix.length);
  return unit.id;
}

/** The `eId` of a unit (AKN naming convention: element abbreviation, "_", number; "__" between levels). */
export function unitEid(unit: { id: string; part: string | null }): string {
  const n = unitNumber(unit);
  switch (unitPlace(unit.part)) {
    case 'preamble':
      return `preamble__container_${n}`;
    case 'group':
      return `hcontainer_${unit.part}__para_${n}`;
    default:
      return `para_${n}`;
  }
}

/**
 * `eId` of a sub-item: "b" -> "para_43__list_1__point_b"; a nested "j-ii" -> "...__point_j__list_1__point_ii".
 * In a preamble, where the schema has blocks rather than a hierarchy, sub-items are the `item`s of a
 * `blockList`: "preamble__container_9__list_1__item_a".
 */
export function subitemEid(unitEidValue: string, item: string, element: 'point' | 'item' = 'point'): string {
  if (element === 'item') return `${unitEidValue}__list_1__item_${item}`;
  return item
    .split('-')
    .reduce((prefix, level) => `${prefix}__list_1__point_${level}`, unitEidValue);
}

/** The IRI of a unit: the component's work IRI with the unit's `eId` after "~" (a portion of the work). */
export function unitIri(identity: AknIdentity, unit: { id: string; part: string | null }): string {
  const inAnnex = identity.component === 'annex' || unitPlace(unit.part) === 'annex';
  return `${identity.work}/${inAnnex ? '!annex' : '!main'}~${unitEid(unit)}`;
}

/** Sets `akn` on every document and unit: the IRIs corpus.json lists and the `/akn/...` aliases resolve. */
export function assignAknIris(documents: CorpusDocument[]): void {
  for (const doc of documents) {
    const identity = documentIdentity(doc, documents);
    doc.akn = identity.workThis;
    for (const unit of doc.units) unit.akn = unitIri(identity, unit);
  }
}
