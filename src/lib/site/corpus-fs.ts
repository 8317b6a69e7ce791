import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusSchema, type Corpus } from '../corpus.ts';

let cached: Corpus | null = null;

/** The corpus written by `npm run ingest`, validated once per build. */
export function loadCorpus(): Corpus {
  if (!cached) {
    const path = join(process.cwd(), 'content/generated/corpus.json');
    cached = corpusSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  }
  return cached;
}

export function loadRedirects(): [string, string][] {
  return JSON.parse(readFileSync(join(process.cwd(), 'content/generated/redirects.json'), 'utf8')) as [string, string][];
}

export function readSourceBytes(file: string): Buffer {
  return readFileSync(join(process.cwd(), 'content/sources', file));
}
