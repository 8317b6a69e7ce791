import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';

/** One MDX file per unit, written by `npm run ingest` into content/generated/units/<document>/. */
const units = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/generated/units',
    // The URL scheme's own ids, not a slugified path: "global-plan/17bis".
    generateId: ({ data }) => `${String(data['document'])}/${String(data['unit'])}`,
  }),
  schema: z.object({
    /** Document id (URL slug). */
    document: z.string(),
    /** Unit id within the document. */
    unit: z.string(),
    /** Number as printed. */
    label: z.string(),
  }),
});

export const collections = { units };
