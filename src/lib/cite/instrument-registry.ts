import { z } from 'astro/zod';

/** One entry of content/instruments.json: an international instrument the texts can cite. */
export const instrument = z.object({
  /** The <instrument> of /instruments/<instrument>/: lowercase, hyphenated, never changed once published. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** Full official title. */
  title: z.string().min(1),
  /** The name people use for it. */
  shortTitle: z.string().nullable(),
  /** "convention", "protocol", "declaration", "guidelines", "action-plan", "charter". */
  kind: z.string(),
  /** ISO date of adoption. */
  adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  /** The official text or its depositary record; null where no stable official address is known. */
  officialUrl: z.string().url().nullable(),
  /** Symbol of the resolution that adopted it, where there is one. */
  symbol: z.string().nullable(),
  /** Id of a document of this site that holds its text, if any. */
  document: z.string().optional(),
  /** Regular expressions (unicode) for the names the texts give it, most specific first. */
  patterns: z.array(z.string()).min(1),
  /** The bare noun ("the Convention", "the Protocol") that can stand for it once it has been named. */
  generic: z.enum(['Convention', 'Protocol']).nullable(),
  /** Instruments that "its Protocols" / "the Protocols thereto" mean after this one is named. */
  protocols: z.array(z.string()).default([]),
  /** Regular expressions matched against footnote texts that identify it ("General Assembly resolution 55/25, annex I."). */
  footnotes: z.array(z.string()).default([]),
});
export type Instrument = z.infer<typeof instrument>;
export const instrumentsFile = z.array(instrument);

export type Generic = 'Convention' | 'Protocol';
