import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, type CorpusDocument } from '../../src/lib/corpus.ts';
import { correctionsFile, documentMeta, type Correction, type DocumentMeta } from '../../src/lib/document-meta.ts';
import { sha256 } from '../../src/lib/ingest.ts';
import { parseDocument } from '../../src/lib/parse/parse-document.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Fixture folders directly under `dir` that hold an input.txt. */
export function fixtureCases(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'input.txt')))
    .map((d) => d.name)
    .sort();
}

export interface Fixture {
  dir: string;
  input: string;
  meta: DocumentMeta;
  corrections: Correction[];
}

/** Reads a fixture; meta.json needs only the fields that matter to the case. */
export function readFixture(dir: string): Fixture {
  const input = readFileSync(join(dir, 'input.txt'), 'utf8');
  const partial = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Record<string, unknown>;
  const meta = documentMeta.parse({
    id: 'fixture',
    source: 'input.txt',
    sha256: sha256(readFileSync(join(dir, 'input.txt'))),
    title: 'Fixture',
    shortTitle: 'Fixture',
    abbreviation: 'FX',
    authority: 'Fixture authority',
    citeAs: 'Fixture document',
    symbol: null,
    date: null,
    kind: 'draft',
    description: 'A test fixture.',
    ...partial,
  });
  const correctionsPath = join(dir, 'corrections.json');
  const corrections = existsSync(correctionsPath) ? correctionsFile.parse(JSON.parse(readFileSync(correctionsPath, 'utf8'))) : [];
  return { dir, input, meta, corrections };
}

export function parseFixture(f: Fixture): CorpusDocument {
  return buildDocument(f.meta, parseDocument(f.meta, f.input, f.corrections, 'input.txt'), f.corrections);
}

/**
 * The expected output of a fixture. `UPDATE_FIXTURES=1` rewrites it: an update is a reviewed
 * change of expectations, committed on purpose, never a side effect of a test run.
 */
export function expectedFile(dir: string, name: string, actual: string): string {
  const path = join(dir, name);
  if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(path)) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}
