/** `npm run ingest`: parses content/sources into content/generated (corpus.json and what the pages show). */
import { fileURLToPath } from 'node:url';
import { formatWarning, IngestError } from '../src/lib/errors.ts';
import { ingest } from '../src/lib/ingest.ts';
import { readIngestInput, replaceFolder } from '../src/lib/ingest-fs.ts';

// `--root <dir>` ingests another project folder (the tests use it on copies with broken input).
const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? `${process.argv[rootFlag + 1]!.replace(/\/$/u, '')}/` : fileURLToPath(new URL('..', import.meta.url));

try {
  const started = performance.now();
  const output = ingest(await readIngestInput(root));
  await replaceFolder(`${root}content/generated`, output.files);
  for (const warning of output.warnings) console.warn(formatWarning(warning));
  const units = output.corpus.documents.reduce((n, d) => n + d.units.length, 0);
  console.log(`ingest: ${output.corpus.documents.length} documents, ${units} units in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  if (error instanceof IngestError) {
    console.error(error.format());
    console.error('ingest: stopped; the previous content/generated is unchanged.');
    process.exit(1);
  }
  throw error;
}
