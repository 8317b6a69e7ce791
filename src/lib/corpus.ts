import { z } from 'astro/zod';
import type { Correction, DocumentMeta } from './document-meta.ts';
import type { ParsedDocument, ParsedUnit } from './parse/document-builder.ts';
import { pinpointSchema } from './cite/pinpoint.ts';
import { treatyText } from './instrument-text/parse-treaty.ts';
import { plainText, type Inline } from './parse/inline.ts';
import { documentUrl, unitUrl } from './urls.ts';

/**
 * The open-data contract of /data/corpus.json (shared/DESIGN.md section 2). Field names are a
 * promise to other tools: add fields freely, never rename or drop one without a version bump.
 */

const reference = z.object({
  /** Instrument id, as in /instruments/<id>/. */
  instrument: z.string(),
  /** Article number as cited ("24"), or null when the text cites the whole instrument. */
  article: z.string().nullable(),
  /** The words of the text that make the citation. */
  quote: z.string(),
  /** Extension: the provision cited, every level kept ("article 6, paragraph 3 (d)"); null for the whole instrument. */
  pinpoint: pinpointSchema.nullable(),
});

const linked = z.object({
  /** "<document>/<unit>". */
  unit: z.string(),
  kind: z.enum(['unchanged', 'reworded', 'merged', 'split', 'replaced']),
  /** What the link rests on: similarity, numbering, note, tracked-change, containment, position, override. */
  evidence: z.string(),
  similarity: z.number(),
  /** The paragraph changed place relative to its neighbours. */
  moved: z.boolean(),
  /** A reviewer's reason, for links from the override file. */
  reason: z.string().nullable(),
});

const unit = z.object({
  /** The <unit> of the URL. */
  id: z.string(),
  /** The number as printed: "17", "17bis", "PP3", "5". */
  label: z.string(),
  /** Site-relative URL of the unit's page. */
  url: z.string(),
  /** Heading it stands under, cleaned. */
  section: z.string().nullable(),
  /** Placeholders such as "[Paragraph deleted]" are units too. */
  status: z.enum(['text', 'deleted', 'merged']),
  /** Full plain text, sub-items included (one per line, after their label), corrections applied. */
  text: z.string(),
  subitems: z.array(z.object({ id: z.string(), label: z.string(), text: z.string() })),
  footnotes: z.array(z.object({ id: z.string(), text: z.string() })),
  /** First and last line in the source file, 1-based. */
  sourceLines: z.tuple([z.number().int(), z.number().int()]),
  references: z.array(reference),
  citedDocuments: z.array(z.object({ symbol: z.string(), quote: z.string(), url: z.string().nullable() })),
  /** "<document>/<unit>" of earlier-draft units this one descends from. */
  ancestors: z.array(z.string()),
  /** Extension: "preambular", "operative", "annex", or the meeting ("m4"); null in one-part texts. */
  part: z.string().nullable(),
  /** Extension: for merged placeholders, the id of the unit it was merged into. */
  mergedInto: z.string().nullable(),
  /** Extension: tracked-change comments and editors' notes. */
  notes: z.array(z.object({ kind: z.enum(['deleted', 'formatted', 'editor']), text: z.string(), line: z.number().int() })),
  /** Extension: drafting history; parents are earlier versions, children later ones. */
  lineage: z.object({
    parents: z.array(linked),
    children: z.array(linked),
    /** Earlier-draft units with no later version: "deleted", or "not-in-copy" where the later text is incomplete. */
    fate: z.enum(['deleted', 'not-in-copy']).nullable(),
    /** A unit of a later text with no earlier version. */
    isNew: z.boolean(),
  }),
  /** Extension: corrections of conversion noise applied to this unit's lines. */
  corrections: z.array(z.object({ line: z.number().int(), find: z.string(), replace: z.string(), reason: z.string() })),
  /** Extension: the unit's Akoma Ntoso IRI (AKN4UN); `/akn/...` on the site redirects to the unit's page. Set by the ingest. */
  akn: z.string().startsWith('/akn/').optional(),
});

const document = z.object({
  id: z.string(),
  title: z.string(),
  symbol: z.string().nullable(),
  date: z.string().nullable(),
  kind: z.string(),
  /** File name of the source text, as in the repo's sources folder. */
  source: z.string(),
  url: z.string(),
  units: z.array(unit),
  /** Extension: short name for navigation and citations. */
  shortTitle: z.string(),
  /** Extension: abbreviation used in short references ("GPA 38"). */
  abbreviation: z.string(),
  /** Extension: the earlier text this one is a later version of, if any. */
  laterVersionOf: z.string().nullable(),
  /** Extension: set when this copy of the text is incomplete, saying what it lacks (from the metadata); else null. */
  incomplete: z.string().nullable(),
  /** Extension: one or two sentences saying what the text is. */
  description: z.string(),
  /** Extension: who issued it. */
  authority: z.string(),
  /** Extension: how a UN-style citation names it. */
  citeAs: z.string(),
  /** Extension: SHA-256 of the source file. */
  sha256: z.string(),
  /** Extension: site-relative URL of the byte-for-byte source copy. */
  sourceUrl: z.string(),
  /** Extension: all footnotes of the document. */
  footnotes: z.array(z.object({ id: z.string(), text: z.string(), line: z.number().int() })),
  /** Extension: lines outside the units (title, cover page, intro, adoption line), by role. */
  matter: z.array(z.object({ role: z.string(), text: z.string(), line: z.number().int(), after: z.string().nullable() })),
  /** Extension: the Akoma Ntoso work IRI of the text (its component, "/!annex", for a resolution's annex). Set by the ingest. */
  akn: z.string().startsWith('/akn/').optional(),
});

const instrument = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string().nullable(),
  url: z.string(),
  officialUrl: z.string().nullable(),
  citedBy: z.array(z.object({ unit: z.string(), article: z.string().nullable(), /** Extension: the provision cited, or null. */ pinpoint: pinpointSchema.nullable() })),
  /** Extension: "convention", "protocol", "declaration", ... */
  kind: z.string(),
  /** Extension: ISO date of adoption. */
  adopted: z.string().nullable(),
  /** Extension: symbol of the resolution that adopted it. */
  symbol: z.string().nullable(),
  /** Extension: id of this site's document that holds its text, if any. */
  document: z.string().nullable(),
  /** Extension: its defined terms are shown where a unit uses them. */
  showDefinitions: z.boolean(),
  /** Extension: its own text, article by article, where the site publishes it; null otherwise. */
  text: treatyText.nullable(),
});

export const corpusSchema = z.object({
  schemaVersion: z.literal(1),
  documents: z.array(document),
  instruments: z.array(instrument),
});

export type Corpus = z.infer<typeof corpusSchema>;
export type CorpusDocument = z.infer<typeof document>;
export type CorpusUnit = z.infer<typeof unit>;
export type CorpusInstrument = z.infer<typeof instrument>;

function text(nodes: Inline[]): string {
  return plainText(nodes).replace(/\s+/gu, ' ').trim();
}

function unitText(u: ParsedUnit): string {
  return u.body.map((b) => (b.kind === 'item' ? `${b.label} ${text(b.inlines)}` : text(b.inlines))).join('\n');
}

/** What ingest found each unit citing (filled by the citation plugin; empty lists when none). */
export type UnitCitations = Map<string, Pick<CorpusUnit, 'references' | 'citedDocuments'>>;

export function buildDocument(
  meta: DocumentMeta,
  parsed: ParsedDocument,
  corrections: Correction[],
  citations: UnitCitations = new Map(),
): CorpusDocument {
  const footnotes = parsed.footnotes.map((f) => ({ id: f.id, text: text(f.inlines), line: f.line }));
  const mine = corrections.filter((c) => c.source === meta.source);
  return {
    id: meta.id,
    title: meta.title,
    symbol: meta.symbol,
    date: meta.date,
    kind: meta.kind,
    source: meta.source,
    url: documentUrl(meta.id),
    shortTitle: meta.shortTitle,
    abbreviation: meta.abbreviation,
    laterVersionOf: meta.lineage?.from ?? null,
    incomplete: meta.lineage?.partial ?? null,
    description: meta.description,
    authority: meta.authority,
    citeAs: meta.citeAs,
    sha256: meta.sha256,
    sourceUrl: `/sources/${meta.source}`,
    footnotes,
    matter: [
      ...parsed.front.map((m) => ({ role: m.role, text: text(m.inlines), line: m.line, after: null })),
      ...parsed.back.map((m) => ({ role: m.role, text: text(m.inlines), line: m.line, after: m.after })),
    ],
    units: parsed.units.map((u) => ({
      id: u.id,
      label: u.label,
      url: unitUrl(meta.id, u.id),
      section: u.section,
      status: u.status,
      text: unitText(u),
      subitems: u.body.flatMap((b) => (b.kind === 'item' ? [{ id: b.id, label: b.label, text: text(b.inlines) }] : [])),
      footnotes: u.footnoteIds.map((id) => {
        const f = footnotes.find((x) => x.id === id)!;
        return { id, text: f.text };
      }),
      sourceLines: u.sourceLines,
      references: citations.get(u.id)?.references ?? [],
      citedDocuments: citations.get(u.id)?.citedDocuments ?? [],
      ancestors: [],
      lineage: { parents: [], children: [], fate: null, isNew: false },
      part: u.part,
      mergedInto: u.mergedInto,
      notes: u.notes,
      corrections: mine
        .filter((c) => c.line >= u.sourceLines[0] && c.line <= u.sourceLines[1])
        .map(({ line, find, replace, reason }) => ({ line, find, replace, reason })),
    })),
  };
}
