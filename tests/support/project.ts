import { fileURLToPath } from 'node:url';
import { ingest, type IngestOutput } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/ingest-fs.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: Promise<IngestOutput> | null = null;

/** The real corpus, ingested in memory from content/ (no files written). */
export function realIngest(): Promise<IngestOutput> {
  cached ??= readIngestInput(ROOT).then(ingest);
  return cached;
}
