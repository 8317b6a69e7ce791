/**
 * The bytes of a source before any parser sees them: size, UTF-8, no binary content and no
 * control characters, each refused with its position. Pure.
 */
import { IngestError } from './errors.ts';

/**
 * The largest source the ingest reads. UN texts are tens of kilobytes (the longest resolution here
 * is under 100 KB); a file far beyond that is a wrong file or a broken conversion, and the limit keeps
 * the build's time bounded whatever arrives.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/**
 * C0 controls other than tab, line feed and carriage return, DEL, and C1 controls: invisible in
 * an editor, meaningless in a UN text, and copied as they are into every page and search record.
 * Also the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they
 * reorder what a reader sees without changing what is quoted, so a cited paragraph could display
 * other words than it holds.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The JSON path of the first string value (or key) holding a control character, or null. */
export function controlCharacterIn(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; char: string } | null {
  if (typeof data === 'string') {
    const m = CONTROL.exec(data);
    return m ? { path, char: codePoint(m[0]) } : null;
  }
  if (data === null || typeof data !== 'object') return null;
  for (const [key, value] of Object.entries(data)) {
    const at = [...path, Array.isArray(data) ? Number(key) : key];
    const inKey = CONTROL.exec(key);
    if (inKey) return { path: at, char: codePoint(inKey[0]) };
    const found = controlCharacterIn(value, at);
    if (found) return found;
  }
  return null;
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Offset in `text` (decoded with replacement) of the first byte sequence that is not UTF-8. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function firstInvalidUtf8(bytes: Uint8Array, lossy: string): number {
  for (let i = lossy.indexOf('\uFFFD'); i !== -1; i = lossy.indexOf('\uFFFD', i + 1)) {
    // Everything before i decoded cleanly, so its UTF-8 length is the byte offset of i.
    const at = new TextEncoder().encode(lossy.slice(0, i)).length;
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return i;
  }
  return 0;
}

/** The text of a source, refused when it is too large, not UTF-8, binary, or holds control characters. */
export function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new IngestError(
      'SourceTooLarge',
      `the source is ${bytes.length} bytes; the ingest reads at most ${MAX_SOURCE_BYTES} bytes (${MAX_SOURCE_BYTES / 1024 / 1024} MB) per source`,
      { file },
      'A UN text is tens of kilobytes: check that this is the right file and not, say, a whole collection or a binary. Split a genuinely long text into its parts.',
    );
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  if (!isUtf8(bytes)) {
    const { line, column } = position(lossy, firstInvalidUtf8(bytes, lossy));
    throw new IngestError(
      'InvalidEncoding',
      'the source is not valid UTF-8 (a byte sequence here is not a character)',
      { file, line, column },
      'Sources are plain UTF-8 text. Convert the file (e.g. from Windows-1252 or Latin-1) to UTF-8, or replace a binary file (PDF, Word) with its text.',
    );
  }
  const nul = lossy.indexOf('\u0000');
  if (nul !== -1) {
    const { line, column } = position(lossy, nul);
    throw new IngestError(
      'InvalidEncoding',
      'the source holds a NUL byte: it is a binary file or a UTF-16 text, not UTF-8 text',
      { file, line, column },
      'Replace it with the plain UTF-8 text of the document (convert UTF-16 to UTF-8; extract the text of a PDF or Word file).',
    );
  }
  const control = CONTROL.exec(lossy);
  if (control) {
    const { line, column } = position(lossy, control.index);
    throw new IngestError(
      'ControlCharacter',
      `the source holds the control character ${codePoint(control[0])}, which would be copied invisibly into the pages`,
      { file, line, column },
      'Ask for a clean copy of the text, or remove the character from the received file before recording its checksum (sources are not edited after that).',
    );
  }
  return lossy;
}
