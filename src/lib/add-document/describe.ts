import { createHash } from 'node:crypto';
import { documentMeta, type DocumentKind, type DocumentMeta } from '../document-meta.ts';
import { IngestError } from '../errors.ts';
import { readCover, hasUnCover, type CoverFacts } from '../normalise/un-cover.ts';
import { splitLines } from '../parse/source-lines.ts';

/**
 * What `npm run add-document` reads from a new source: the metadata entry, from what the document
 * says about itself on its cover. Pure: the command does the reading and writing.
 */

export interface AddOptions {
  /** The URL slug to use instead of the one derived from the symbol. */
  id?: string;
  /** Id of the earlier version of this text (draft -> adopted). */
  earlier?: string;
}

export interface Description {
  meta: DocumentMeta;
  /** What was found, and where, for the person adding the document. */
  found: string[];
  /** What could not be decided, and what was done instead. */
  undecided: string[];
}

const ORGAN_SLUGS: [RegExp, string][] = [
  [/^A\/RES\/(\d+)\/(\d+)$/u, 'ga-$1-$2'],
  [/^E\/RES\/(\d+)\/(\d+)$/u, 'ecosoc-$1-$2'],
  [/^S\/RES\/(\d+)\s*\((\d{4})\)$/u, 'sc-$1-$2'],
];

/** The URL slug a symbol gives: A/RES/80/228 -> ga-80-228, A/C.3/80/L.4 -> a-c3-80-l4. */
export function slugForSymbol(symbol: string): string {
  for (const [re, slug] of ORGAN_SLUGS) if (re.test(symbol)) return symbol.replace(re, slug);
  return symbol.toLowerCase().replace(/\./gu, '').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

/** Kinds, in order: the first rule that fits the cover decides. */
const KIND_RULES: { kind: DocumentKind; test: (f: CoverFacts) => boolean; why: string }[] = [
  { kind: 'draft-resolution', test: (f) => f.draftKind !== null, why: 'the sponsors line ends with ": draft resolution"' },
  { kind: 'draft-resolution', test: (f) => /\/L\.\d+/u.test(f.symbol ?? ''), why: 'its symbol is an L-document (a draft)' },
  { kind: 'resolution', test: (f) => f.resolutionNumber !== null, why: 'its title line carries a resolution number' },
  { kind: 'resolution', test: (f) => /\/RES\//u.test(f.symbol ?? ''), why: 'its symbol is a resolution symbol (/RES/)' },
];

function organName(facts: CoverFacts): string {
  const organ = facts.organ ?? facts.adoptedBy ?? 'United Nations';
  return organ.startsWith('United Nations') ? organ : `United Nations ${organ}`;
}

function fail(file: string, message: string, hint: string): never {
  throw new IngestError('AddDocumentFailed', message, { file }, hint);
}

export function describeSource(fileName: string, bytes: Uint8Array, existing: DocumentMeta[], options: AddOptions): Description {
  const file = fileName;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(file, 'the file is not UTF-8 text', 'Convert the PDF to UTF-8 text (for example with PyMuPDF) and add that file.');
  }
  if (!text.trim()) {
    throw new IngestError('EmptySource', 'the file is empty or holds only white space', { file }, 'Check the conversion of the PDF; add the text file it produces.');
  }
  const lines = splitLines(text);
  if (!hasUnCover(lines)) {
    fail(file, 'no UN cover page found (the lines "United Nations", the document symbol and "Distr.: ...")', 'add-document reads UN documents as their PDFs convert to text. For other texts, write the entry in content/documents.json by hand (see README).');
  }
  const { facts, roles } = readCover(lines);
  const lineOf = (role: string) => [...roles].find(([, r]) => r === `cover:${role}`)?.[0];
  const found: string[] = [];
  const undecided: string[] = [];
  const note = (what: string, value: string | null, role: string) => {
    if (value) found.push(`${what}: ${value} (line ${lineOf(role) ?? '?'})`);
  };
  note('symbol', facts.symbol, 'symbol');
  note('title', facts.title, 'title');
  note('issued', facts.issued, 'date');
  note('adopted', facts.adopted, facts.adopted && lineOf('adoption-date') ? 'adoption-date' : 'adoption');
  note('session', facts.session, 'session');
  note('agenda item', facts.agendaItem, 'agenda');
  note('reference', facts.reference, 'reference');
  note('sponsors', facts.sponsors, 'sponsors');

  if (facts.draftKind?.startsWith('amendment')) {
    fail(file, `this is an ${facts.draftKind}, not a text of its own`, 'The site publishes resolutions and draft resolutions; an amendment shows in the drafting history of the text it amends once that text is adopted.');
  }
  const kindRule = KIND_RULES.find((r) => r.test(facts));
  if (!kindRule) {
    fail(file, 'cannot tell what kind of document this is: the cover has no resolution number, no draft sponsors line and no resolution or L-document symbol', 'Only resolutions and draft resolutions have a parser shape for UN PDF text today; write the entry by hand with the shape that fits (see README).');
  }
  found.push(`kind: ${kindRule.kind} (${kindRule.why})`);
  if (!facts.symbol) fail(file, 'the cover prints no document symbol', 'Check the first lines of the file: the symbol (A/RES/80/228) stands under "United Nations".');
  if (!facts.title) fail(file, 'the cover prints no title', 'Check the lines before the chapeau ("The General Assembly,").');
  const symbol = facts.symbol;
  const title = facts.title.replace(/\s+/gu, ' ');
  const id = options.id ?? slugForSymbol(symbol);
  if (!options.id) found.push(`id: ${id} (from the symbol; --id sets another)`);
  if (existing.some((m) => m.id === id)) fail(file, `a document with the id "${id}" is already in content/documents.json`, 'Pass --id with another slug, or remove the old entry if this file replaces it.');
  if (existing.some((m) => m.source === fileName)) fail(file, `a source named ${fileName} is already in content/sources/`, 'Rename the file, or remove the old entry if this file replaces it.');
  if (options.earlier && !existing.some((m) => m.id === options.earlier)) {
    fail(file, `--earlier names "${options.earlier}", which is not a document of the site`, `Add the earlier text first; the ids are: ${existing.map((m) => m.id).join(', ')}.`);
  }
  const date = facts.adopted ?? facts.issued;
  if (!facts.adopted && kindRule.kind === 'resolution') undecided.push('no adoption date on the cover; the date of issue is used');
  if (!date) undecided.push('no date on the cover; the date is left empty');
  const organ = organName(facts);
  const draft = kindRule.kind === 'draft-resolution';
  const number = facts.resolutionNumber;
  const assembly = (facts.organ ?? facts.adoptedBy ?? '').replace(/^United Nations /u, '');
  const citeAs = draft ? `Draft resolution ${symbol}` : number ? `${assembly} resolution ${number}` : symbol;
  const description = draft
    ? `Draft resolution${facts.committee ? ` before the ${facts.committee}` : ''}${facts.sponsors ? `, submitted by ${facts.sponsors}` : ''}${facts.notes.length ? ` (${facts.notes.map((n) => n.replace(/\.$/u, '')).join('; ')})` : ''}${facts.issued ? `; issued ${facts.issued}` : ''}.`
    : `Resolution adopted by the ${assembly || organ}${facts.adopted ? ` on ${facts.adopted}` : ''}${facts.reference ? ` (${facts.reference})` : ''}.`;
  const meta = documentMeta.parse({
    id,
    source: fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    shape: 'un-resolution',
    layout: 'un-pdf',
    title,
    shortTitle: draft ? `Draft ${symbol}` : number ? `Resolution ${number}` : symbol,
    abbreviation: draft ? symbol : (number ?? symbol),
    authority: facts.committee && draft ? `${organ}, ${facts.committee}` : organ,
    citeAs,
    symbol,
    date,
    kind: kindRule.kind,
    description,
    ...(options.earlier ? { lineage: { from: options.earlier, sameNumbering: false } } : {}),
  });
  if (options.earlier) found.push(`earlier version: ${options.earlier} (drafting chain)`);
  return { meta, found, undecided };
}
