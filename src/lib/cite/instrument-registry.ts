import { z } from 'astro/zod';
import { provisionKind } from './pinpoint.ts';

/** The closed set of instrument kinds. */
export const instrumentKind = z.enum([
  'convention',
  'protocol',
  'covenant',
  'declaration',
  'guidelines',
  'principles',
  'rules',
  'action-plan',
  'agenda',
  'compact',
  'charter',
  'agreement',
  'programme',
]);

/** One entry of content/instruments.json: an international instrument the texts can cite. */
export const instrument = z.object({
  /** The <instrument> of /instruments/<instrument>/: lowercase, hyphenated, never changed once published. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** Full official title. */
  title: z.string().min(1),
  /** The name people use for it. */
  shortTitle: z.string().nullable(),
  /** What kind of text it is. */
  kind: instrumentKind,
  /** ISO date of adoption. */
  adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  /** The official text or its depositary record; null where no stable official address is known. */
  officialUrl: z.string().url().nullable(),
  /** Symbol of the resolution or document that adopted it, where there is one (shown on its page). */
  symbol: z.string().nullable(),
  /**
   * Every symbol that adopted or contains it and that identifies it alone ("A/RES/64/293" makes
   * "paragraph 44 of resolution 64/293" a paragraph of the Global Plan). A symbol shared by several
   * instruments (A/RES/55/25 adopted three) identifies none of them and must not be listed.
   */
  symbols: z.array(z.string()).default([]),
  /** Id of a document of this site that holds its text, if any. */
  document: z.string().optional(),
  /** Names as printed, matched literally (any run of spaces or a line break between words). Longest wins. */
  names: z.array(z.string()).default([]),
  /** Abbreviations, matched as whole words and case-sensitively ("UNTOC"). */
  abbreviations: z.array(z.string()).default([]),
  /** Regular expressions (unicode) for irregular names the literal names cannot express. */
  patterns: z.array(z.string()).default([]),
  /** "Political Declarations of 2017 and 2021": the series noun and the year that picks this one. */
  series: z.object({ noun: z.string(), year: z.string().regex(/^\d{4}$/u) }).nullable().default(null),
  /** The bare noun ("the Convention", "the Protocol") that can stand for it once it has been named. */
  generic: z.enum(['Convention', 'Protocol']).nullable(),
  /** Instruments that "its Protocols" / "the Protocols thereto" mean after this one is named. */
  protocols: z.array(z.string()).default([]),
  /**
   * Volumes of the United Nations Treaty Series that hold it ("2237" in "Treaty Series, vol. 2237"),
   * as "<volume>/<number>" where another treaty shares the volume ("993/14531").
   */
  treatySeries: z.array(z.string().regex(/^\d+(?:\/\d+)?$/u)).default([]),
  /** Regular expressions matched against footnote texts that identify it ("General Assembly resolution 55/25, annex I."). */
  footnotes: z.array(z.string()).default([]),
  /**
   * Its own text, where the site publishes it article by article: a file of content/instrument-texts/,
   * copied byte for byte, and its SHA-256 (checked by the ingest).
   */
  text: z.object({ source: z.string().regex(/^[a-z0-9-]+\.source\.md$/u), sha256: z.string().regex(/^[0-9a-f]{64}$/u) }).optional(),
  /** Its defined terms are shown where a unit uses them (a disclosure on the unit's page). */
  showDefinitions: z.boolean().default(false),
  /** The numbered provisions it has, so "guideline 8" finds the one instrument with guidelines; default from its kind. */
  provisions: z.array(provisionKind).optional(),
});
export type Instrument = z.infer<typeof instrument>;
export const instrumentsFile = z.array(instrument).superRefine((list, ctx) => {
  const ids = new Set<string>();
  const symbols = new Map<string, string>();
  for (const [i, entry] of list.entries()) {
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate instrument id "${entry.id}"` });
    ids.add(entry.id);
    if (entry.names.length + entry.abbreviations.length + entry.patterns.length + (entry.series ? 1 : 0) === 0) {
      ctx.addIssue({ code: 'custom', path: [i, 'names'], message: `instrument "${entry.id}" has no name, abbreviation, pattern or series to be found by` });
    }
    for (const symbol of entry.symbols) {
      const other = symbols.get(symbol);
      if (other) ctx.addIssue({ code: 'custom', path: [i, 'symbols'], message: `symbol ${symbol} is listed by "${other}" and "${entry.id}"; a shared symbol identifies neither` });
      symbols.set(symbol, entry.id);
    }
  }
});

export type Generic = 'Convention' | 'Protocol';

/** The provisions an instrument has: as listed, else what its kind numbers. */
export function provisionsOf(instrument: Instrument): z.infer<typeof provisionKind>[] {
  if (instrument.provisions) return instrument.provisions;
  switch (instrument.kind) {
    case 'convention':
    case 'protocol':
    case 'covenant':
    case 'charter':
    case 'agreement':
      return ['article'];
    case 'rules':
      return ['rule'];
    case 'guidelines':
      return ['guideline', 'paragraph'];
    case 'principles':
      return ['principle', 'guideline', 'paragraph'];
    default:
      return ['paragraph'];
  }
}
