import type { z } from 'astro/zod';
import { IngestError, type ErrorName } from './errors.ts';
import { controlCharacterIn } from './source-text.ts';

/** How a JSON content file is checked: which schema module describes it, and the error for a bad entry. */
export interface JsonFileSpec {
  /** Path shown to people, relative to the project (`content/documents.json`). */
  file: string;
  /** Where each field is described, for the hint. */
  schemaModule: string;
  /** The catalogued error for an entry that breaks the schema. */
  error?: ErrorName;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON path as people write it: `[3].date`, `redirects["/old/ path/"]`. */
export function jsonPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (/^[A-Za-z_$][\w$]*$/u.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function preview(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'nothing';
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/**
 * The offset of the first key that repeats a key of the same object, or -1. JSON.parse keeps the
 * last one silently, so a second "id" or "redirects" would quietly replace the first. One pass over
 * text that JSON.parse has already accepted.
 */
export function duplicateKey(text: string): { key: string; offset: number } | null {
  const stack: { keys: Set<string>; expectKey: boolean } [] = [];
  const arrays: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = arrays[arrays.length - 1] === false ? stack[stack.length - 1] : undefined;
      if (top?.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { key, offset: start };
        top.keys.add(key);
        top.expectKey = false;
      }
    } else if (ch === '{') {
      stack.push({ keys: new Set(), expectKey: true });
      arrays.push(false);
    } else if (ch === '[') {
      arrays.push(true);
    } else if (ch === '}') {
      stack.pop();
      arrays.pop();
    } else if (ch === ']') {
      arrays.pop();
    } else if (ch === ',' && arrays[arrays.length - 1] === false) {
      stack[stack.length - 1]!.expectKey = true;
    }
  }
  return null;
}

/**
 * Parses a JSON content file and checks it against its schema. Syntax errors are reported at
 * `file:line:column`; schema errors name the JSON path, the expected form and what was found.
 */
export function parseJson<S extends z.ZodTypeAny>(schema: S, text: string, spec: JsonFileSpec): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    // V8 names the offset ("... at position 16"); at the end of the input it gives none.
    const offset = Number(/at position (\d+)/u.exec(message)?.[1] ?? text.length);
    const { line, column } = lineColumn(text, offset);
    throw new IngestError(
      'InvalidJson',
      `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/u, '')}`,
      { file: spec.file, line, column },
      'Fix the JSON syntax at that position (a missing comma or quote, or a trailing comma, is the usual cause).',
    );
  }
  const duplicate = duplicateKey(text);
  if (duplicate) {
    const { line, column } = lineColumn(text, duplicate.offset);
    throw new IngestError(
      'InvalidJson',
      `the key ${JSON.stringify(duplicate.key)} appears twice in one object; JSON readers silently keep only the last`,
      { file: spec.file, line, column },
      'Merge the two entries into one key, or rename one of them.',
    );
  }
  const control = controlCharacterIn(data);
  if (control) {
    throw new IngestError(
      'ControlCharacter',
      `${jsonPath(control.path)}: holds the control character ${control.char}, which would be copied invisibly into the pages`,
      { file: spec.file },
      'Remove it: control characters are invisible in an editor and have no place in the site\'s text.',
    );
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // A check on a map's key names the key it found (params.found); otherwise the value at the path.
    const params = issue.code === 'custom' ? (issue.params as { found?: unknown } | undefined) : undefined;
    const found = params && 'found' in params ? params.found : valueAt(data, issue.path);
    // A check written without a message of its own says only "Invalid": name where the form is described.
    const message = issue.message === 'Invalid' ? `does not have the form this field requires (described in ${spec.schemaModule})` : issue.message;
    throw new IngestError(
      spec.error ?? 'InvalidMetadata',
      `${jsonPath(issue.path)}: ${message} (found ${preview(found)})`,
      { file: spec.file },
      `Each field is described in ${spec.schemaModule}; correct the entry.`,
    );
  }
  return result.data as z.infer<S>;
}
