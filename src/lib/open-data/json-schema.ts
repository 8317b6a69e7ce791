import { zodToJsonSchema } from 'zod-to-json-schema';
import { corpusSchema } from '../corpus.ts';

/**
 * The JSON Schema of /data/corpus.json, generated from the zod schema that defines it (so the two
 * cannot drift apart). The JSDoc lines are not visible to zod; field descriptions live in the page
 * /open-data/ and in src/lib/corpus.ts.
 */
export function corpusJsonSchema(): object {
  // zod-to-json-schema reads zod 3 schemas (Astro's zod) at run time, but its type declarations resolve
  // `zod` to the newer major that another package installs at the top level: the types cannot meet.
  const schema = corpusSchema as unknown as Parameters<typeof zodToJsonSchema>[0];
  return {
    ...zodToJsonSchema(schema, {
      name: 'Corpus',
      target: 'jsonSchema7',
      $refStrategy: 'none',
      // Fields are added without a version bump (shared/DESIGN.md): a newer file must still validate.
      removeAdditionalStrategy: 'strict',
    }),
    title: 'Trafficking Texts corpus.json, schemaVersion 1',
  };
}
