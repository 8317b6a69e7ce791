import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { buildDocument, corpusSchema, type Corpus } from './corpus.ts';
import { correctionsFile, documentsFile, type Correction, type DocumentMeta } from './document-meta.ts';
import { unitToMdx } from './emit-mdx.ts';
import { IngestError } from './errors.ts';
import { parseDocument } from './parse/parse-document.ts';
import { publishedUrls } from './published-urls.ts';
import { checkManifest, MANIFEST_FILE, urlManifest } from './url-manifest.ts';

export interface IngestInput {
  /** Contents of content/documents.json. */
  documents: string;
  /** Contents of content/corrections.json. */
  corrections: string;
  /** Contents of content/url-manifest.json. */
  manifest: string;
  /** Source file name -> its bytes. */
  sources: Map<string, Uint8Array>;
}

export interface IngestOutput {
  corpus: Corpus;
  /** Path relative to the output folder -> file content. */
  files: Map<string, string>;
  redirects: [string, string][];
}

function parseJson<T>(schema: z.ZodType<T>, text: string, file: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new IngestError('InvalidMetadata', `not valid JSON: ${(e as Error).message}`, { file }, 'Fix the JSON syntax.');
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new IngestError(
      'InvalidMetadata',
      `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
      { file },
      'Each field is described in src/lib/document-meta.ts; correct the entry.',
    );
  }
  return result.data;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readSource(meta: DocumentMeta, sources: Map<string, Uint8Array>): string {
  const file = `content/sources/${meta.source}`;
  const bytes = sources.get(meta.source);
  if (!bytes) {
    throw new IngestError('InvalidMetadata', `source ${meta.source} of document "${meta.id}" is missing`, { file }, 'Copy the source text into content/sources/ byte for byte.');
  }
  const actual = sha256(bytes);
  if (actual !== meta.sha256) {
    throw new IngestError(
      'SourceChecksumMismatch',
      `the source's SHA-256 is ${actual}, but content/documents.json records ${meta.sha256}`,
      { file },
      'Sources are copied byte for byte and never edited: restore the original, and put fixes in content/corrections.json. If a new edition of the source is meant, update the checksum in the same reviewed commit.',
    );
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Parses every source and renders the generated content. Pure: the caller does the I/O. */
export function ingest(input: IngestInput): IngestOutput {
  const metas = parseJson(documentsFile, input.documents, 'content/documents.json');
  const corrections: Correction[] = parseJson(correctionsFile, input.corrections, 'content/corrections.json');
  const manifest = parseJson(urlManifest, input.manifest, MANIFEST_FILE);
  const files = new Map<string, string>();
  const documents = metas.map((meta) => {
    const text = readSource(meta, input.sources);
    const parsed = parseDocument(meta, text, corrections, `content/sources/${meta.source}`);
    for (const unit of parsed.units) {
      files.set(`units/${meta.id}/${unit.id}.mdx`, unitToMdx(unit, { document: meta.id, unit: unit.id, label: unit.label }));
    }
    return buildDocument(meta, parsed, corrections);
  });
  const corpus = corpusSchema.parse({ schemaVersion: 1, documents, instruments: [] });
  const redirects = checkManifest(manifest, publishedUrls(corpus));
  files.set('corpus.json', `${JSON.stringify(corpus, null, 1)}\n`);
  files.set('redirects.json', `${JSON.stringify(redirects, null, 1)}\n`);
  return { corpus, files, redirects };
}
