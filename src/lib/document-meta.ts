import { z } from 'astro/zod';
import { RE2JS } from 're2js';

/** How a source line that is not part of any unit is shown (or not) on the site. */
export const lineRole = z.enum(['title', 'subtitle', 'heading', 'chapeau', 'intro', 'note', 'furniture', 'adoption']);
export type LineRole = z.infer<typeof lineRole>;

/**
 * A pattern from the metadata. It runs under RE2 (re2js), whose matching time is linear in the line
 * whatever the pattern, so a pattern such as `(a+)+b` cannot stall the build; RE2 has no
 * backreferences or lookaround.
 */
const pattern = z.string().superRefine((value, ctx) => {
  try {
    RE2JS.compile(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `must be a regular expression in RE2 syntax (no backreferences or lookaround): ${(e as Error).message}` });
  }
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = 'must be lowercase letters and digits in words joined by single hyphens, such as "global-plan"';

/** True for a real calendar day: "2010-02-29" and "2010-13-45" are not. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A source line outside the units that the metadata accounts for explicitly. */
export const knownLine = z.object({
  /** Regular expression (unicode) that the whole trimmed line must match. */
  match: pattern,
  /** What the line is: shown as title/intro/note, or listed as page furniture. */
  role: lineRole,
});

/** An unnumbered paragraph that is a unit of its own, with the id people will cite it by. */
export const unnumberedUnit = z.object({
  /** Regular expression matched against the start of the paragraph's first line. */
  match: pattern,
  /** The <unit> of its URL: lowercase letters, digits and hyphens. */
  id: z.string().regex(SLUG, { message: slugMessage }),
  /** How the site labels it, since the text prints no number. */
  label: z.string().min(1),
});

export const documentShape = z.enum(['plan', 'resolution', 'resolution-with-annex', 'recommendations', 'un-resolution']);
export type DocumentShape = z.infer<typeof documentShape>;

export const documentKind = z.enum(['resolution', 'draft-resolution', 'action-plan', 'draft', 'recommendations', 'report']);
export type DocumentKind = z.infer<typeof documentKind>;

export const documentLayout = z.enum(['plain', 'un-pdf']);
export type DocumentLayout = z.infer<typeof documentLayout>;

/** One entry of content/documents.json: everything the site knows about a source besides its text. */
export const documentMeta = z.object({
  /** The URL slug of the document: short, readable, lowercase. Never change it once published. */
  id: z.string().regex(SLUG, { message: slugMessage }),
  /** File name of the source text in content/sources/. */
  source: z.string().regex(/^[\w.-]+\.txt$/, { message: 'must be a file name in content/sources/ ending in .txt (letters, digits, "_", ".", "-")' }),
  /** SHA-256 of the source file as received; the build refuses a source that no longer matches. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hex digits (sha256sum of the source file)' }),
  /** Which parser reads it. */
  shape: documentShape,
  /**
   * How the text was produced: `un-pdf` for a UN document as its PDF converts to text (cover page,
   * running headers, footnote blocks: the normalising stage reads them); `plain` for a text with none.
   */
  layout: documentLayout.default('plain'),
  /** Full title. */
  title: z.string().min(1),
  /** Short name used in navigation and citations. */
  shortTitle: z.string().min(1),
  /** Abbreviation for short references and search ("GPA" finds "GPA 38"). */
  abbreviation: z.string().min(1),
  /** Who issued it, for citations ("United Nations General Assembly"). */
  authority: z.string().min(1),
  /** How a UN-style citation names the document ("General Assembly resolution 64/293, annex"). */
  citeAs: z.string().min(1),
  /** UN document symbol where the text or a reliable source gives it. */
  symbol: z.string().nullable(),
  /** Why the symbol is believed, when the source text itself does not print it. */
  symbolEvidence: z.string().optional(),
  /** ISO date of adoption or of the draft. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date YYYY-MM-DD' })
    .refine(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD (month 01-12, a day that month has)' })
    .nullable(),
  /** What kind of text it is (a closed set: pages and citations say it in words). */
  kind: documentKind,
  /** One or two sentences for the home page. */
  description: z.string().min(1),
  /** The section the first unit stands under when the source lost that heading (with the reason). */
  initialSection: z.object({ heading: z.string(), reason: z.string() }).optional(),
  /** How `[text](#)` spans are meant: tracked-change insertions in drafts, links in reports. */
  bracketLinks: z.enum(['insertion', 'link']).default('link'),
  /** What a bare "the Convention"/"the Protocol" means where the text has not named one (instrument ids). */
  citationDefaults: z.object({ Convention: z.string().optional(), Protocol: z.string().optional() }).default({}),
  /** The earlier text this one is a later version of, for the drafting history. */
  lineage: z
    .object({
      /** Id of the earlier document. */
      from: z.string(),
      /** True when this text keeps the earlier one's paragraph numbers (a draft of a draft). */
      sameNumbering: z.boolean(),
      /** Set when this text is incomplete, saying what is missing. */
      partial: z.string().optional(),
    })
    .optional(),
  /**
   * Where the printed numbering is not 1, 2, 3 ...: the first number of a partial copy, and the
   * paragraphs printed out of order, each with its reason. Any other break in the sequence stops
   * the ingest (a skipped number is how a lost or merged paragraph shows).
   */
  numbering: z
    .object({
      /** The first paragraph number the copy holds, when it starts later than 1. */
      first: z.number().int().positive().optional(),
      /** Units whose number breaks the sequence as printed, with why that is right. */
      irregular: z.array(z.object({ unit: z.string(), reason: z.string().min(1) })).default([]),
    })
    .default({}),
  /** Lines outside the units (cover page, titles, signatures). */
  lines: z.array(knownLine).default([]),
  /** Unnumbered paragraphs that are units. */
  unnumbered: z.array(unnumberedUnit).default([]),
});
export type DocumentMeta = z.infer<typeof documentMeta>;

/** One recorded correction of conversion noise; the source copy itself is never edited. */
export const correction = z.object({
  /** File name of the source text. */
  source: z.string(),
  /** 1-based line number in the source file. */
  line: z.number().int().positive(),
  /** The exact characters as they stand in the source line (must occur exactly once). */
  find: z.string().min(1),
  /** What the site shows instead. */
  replace: z.string(),
  /** Why: shown to readers beside the paragraph. */
  reason: z.string().min(1),
});
export type Correction = z.infer<typeof correction>;

export const documentsFile = z.array(documentMeta);
export const correctionsFile = z.array(correction);
