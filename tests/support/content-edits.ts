import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestInput } from '../../src/lib/ingest.ts';
import { sha256 } from '../../src/lib/ingest.ts';

/**
 * One change to the real content, as a careless or hostile contributor might make it. Cases are
 * data (tests/fixtures/content-errors/<case>/case.json) so that a new bad input is a new folder.
 */
export type ContentEdit =
  /** Changes fields of the documents.json entry with this id. */
  | { document: string; set: Record<string, unknown> }
  /** Appends a copy of the entry with this id, with fields changed. */
  | { copyDocument: string; set: Record<string, unknown> }
  /** Sets the value at a JSON path of a content file; a path ending in "-" appends to an array. */
  | { file: string; path: (string | number)[]; value: unknown }
  /** Replaces a content file's text, or deletes it. */
  | { file: string; text?: string; delete?: true }
  /**
   * Writes a source file: `text` (repeated `repeat` times) or `base64` bytes. With `document`, it
   * replaces that document's source and its checksum is updated, so that the source passes the
   * checksum and reaches the later checks.
   */
  | { source?: string; document?: string; text?: string; repeat?: number; base64?: string };

export interface ContentCase {
  /** What a person did, in a sentence. */
  did: string;
  edits: ContentEdit[];
}

const JSON_FILES = {
  'content/documents.json': 'documents',
  'content/corrections.json': 'corrections',
  'content/instruments.json': 'instruments',
  'content/lineage-overrides.json': 'lineageOverrides',
  'content/url-manifest.json': 'manifest',
} as const satisfies Record<string, keyof IngestInput>;

type JsonFile = keyof typeof JSON_FILES;

function setAt(data: unknown, path: (string | number)[], value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (last === '-' && Array.isArray(node)) node.push(value);
  else node[last] = value;
}

/** The ingest's input with the edits applied (in memory; nothing is written). */
export function applyEdits(base: IngestInput, edits: readonly ContentEdit[]): IngestInput {
  const input: IngestInput = { ...base, sources: new Map(base.sources) };
  const text = (file: JsonFile): string => {
    const value = input[JSON_FILES[file]];
    if (typeof value !== 'string') throw new Error(`${file} is missing`);
    return value;
  };
  const put = (file: JsonFile, value: string | null) => {
    (input as unknown as Record<string, string | null>)[JSON_FILES[file]] = value;
  };
  const documents = () => JSON.parse(text('content/documents.json')) as Record<string, unknown>[];
  for (const edit of edits) {
    if ('set' in edit && 'document' in edit) {
      const docs = documents();
      Object.assign(docs.find((d) => d['id'] === edit.document)!, edit.set);
      put('content/documents.json', JSON.stringify(docs, null, 2));
    } else if ('copyDocument' in edit) {
      const docs = documents();
      docs.push({ ...docs.find((d) => d['id'] === edit.copyDocument)!, ...edit.set });
      put('content/documents.json', JSON.stringify(docs, null, 2));
    } else if ('file' in edit) {
      const file = edit.file as JsonFile;
      if ('path' in edit) {
        const data: unknown = JSON.parse(text(file));
        setAt(data, edit.path, edit.value);
        put(file, JSON.stringify(data, null, 2));
      } else {
        put(file, edit.delete ? null : edit.text!);
      }
    } else {
      const docs = documents();
      const entry = edit.document ? docs.find((d) => d['id'] === edit.document)! : null;
      const name = edit.source ?? String(entry!['source']);
      const bytes = edit.base64 !== undefined ? new Uint8Array(Buffer.from(edit.base64, 'base64')) : new TextEncoder().encode(edit.text!.repeat(edit.repeat ?? 1));
      input.sources.set(name, bytes);
      if (entry) {
        entry['sha256'] = sha256(bytes);
        put('content/documents.json', JSON.stringify(docs, null, 2));
      }
    }
  }
  return input;
}

export const CONTENT_ERRORS = new URL('../fixtures/content-errors/', import.meta.url).pathname;

export function contentCases(): string[] {
  return readdirSync(CONTENT_ERRORS)
    .filter((name) => existsSync(join(CONTENT_ERRORS, name, 'case.json')))
    .sort();
}

export function readContentCase(name: string): ContentCase {
  return JSON.parse(readFileSync(join(CONTENT_ERRORS, name, 'case.json'), 'utf8')) as ContentCase;
}
