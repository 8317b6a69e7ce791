/**
 * Checks across the content files that no single schema can make: ids unique and free of the
 * site's own routes, every source described, every correction and lineage entry naming a real
 * document; and the bytes of a source (size, UTF-8, no control characters) before any parser sees
 * them. Pure: the caller reads the files.
 */
import type { Correction, DocumentMeta } from './document-meta.ts';
import { IngestError } from './errors.ts';
import type { LineageOverride } from './lineage/lineage.ts';
import { SITE_PATH } from './url-manifest.ts';

const DOCUMENTS = 'content/documents.json';

/**
 * The largest source the ingest reads. UN texts are tens of kilobytes (the longest resolution here
 * is under 100 KB); a file far beyond that is a wrong file or a broken conversion, and the limit keeps
 * the build's time bounded whatever arrives.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/**
 * Top-level output folders that come from the build's tools rather than from src/pages: Astro's
 * assets, Pagefind's index and the offline copy. A document id equal to one would mix its pages
 * into theirs.
 */
export const TOOL_OUTPUT_FOLDERS = ['_astro', 'pagefind', 'download'] as const;

/** Document ids are unique and none is the first segment of a route the site itself serves. */
export function checkDocumentIds(metas: readonly DocumentMeta[], reserved: ReadonlySet<string>): void {
  const seen = new Map<string, number>();
  for (const [i, meta] of metas.entries()) {
    const first = seen.get(meta.id);
    if (first !== undefined) {
      throw new IngestError(
        'DuplicateDocumentId',
        `[${i}].id: the id "${meta.id}" is already used by entry [${first}]; its pages would replace the other document's`,
        { file: DOCUMENTS },
        'Every document needs an id of its own (its URL slug). Give the new document a different id; never change a published one.',
      );
    }
    seen.set(meta.id, i);
    if (reserved.has(meta.id)) {
      throw new IngestError(
        'ReservedDocumentId',
        `[${i}].id: "${meta.id}" is a route of the site itself (/${meta.id}/), so the document's pages would clash with it`,
        { file: DOCUMENTS },
        `Choose another id. Reserved: ${[...reserved].sort().join(', ')}.`,
      );
    }
  }
}

/** Every source file has exactly one metadata entry, and no two entries read the same file. */
export function checkSourcesDescribed(metas: readonly DocumentMeta[], sourceNames: Iterable<string>): void {
  const described = new Map(metas.map((m) => [m.source, m.id]));
  for (const name of sourceNames) {
    if (!described.has(name)) {
      throw new IngestError(
        'SourceWithoutMetadata',
        `the source ${name} has no entry in ${DOCUMENTS}, so it would silently not be published`,
        { file: `content/sources/${name}` },
        `Add an entry for it to ${DOCUMENTS} (id, source, sha256, shape, titles...), or remove the file if it came by mistake.`,
      );
    }
  }
  const bySource = new Map<string, string>();
  for (const meta of metas) {
    const other = bySource.get(meta.source);
    if (other) {
      throw new IngestError(
        'DuplicateDocumentId',
        `documents "${other}" and "${meta.id}" both read ${meta.source}`,
        { file: DOCUMENTS },
        'One source file is one document: point each entry at its own source.',
      );
    }
    bySource.set(meta.source, meta.id);
  }
}

/** Each correction names the source file of a document. */
export function checkCorrections(corrections: readonly Correction[], metas: readonly DocumentMeta[]): void {
  const sources = new Set(metas.map((m) => m.source));
  for (const [i, c] of corrections.entries()) {
    if (!sources.has(c.source)) {
      throw new IngestError(
        'UnknownCorrectionSource',
        `[${i}].source: "${c.source}" is the source of no document, so this correction would never apply`,
        { file: 'content/corrections.json' },
        `Use the file name of a source as listed under "source" in ${DOCUMENTS}: ${[...sources].sort().join(', ')}.`,
      );
    }
  }
}

/** A document's `lineage.from` names another document. */
export function checkLineageLinks(metas: readonly DocumentMeta[]): void {
  const ids = new Set(metas.map((m) => m.id));
  for (const [i, meta] of metas.entries()) {
    const from = meta.lineage?.from;
    if (from === undefined) continue;
    if (!ids.has(from) || from === meta.id) {
      throw new IngestError(
        'UnknownLineageDocument',
        `[${i}].lineage.from: "${from}" is ${from === meta.id ? 'the document itself' : 'not the id of any document'}`,
        { file: DOCUMENTS },
        `Name the id of the earlier text this one is a version of (${[...ids].sort().join(', ')}), or remove "lineage".`,
      );
    }
  }
}

/** Each reviewed lineage decision names units of two documents linked by `lineage`. */
export function checkLineageOverrides(
  overrides: readonly LineageOverride[],
  units: ReadonlyMap<string, ReadonlySet<string>>,
  links: readonly { later: string; earlier: string }[],
): void {
  const file = 'content/lineage-overrides.json';
  for (const [i, o] of overrides.entries()) {
    for (const end of ['from', 'to'] as const) {
      const [doc, unit] = o[end].split('/') as [string, string];
      const known = units.get(doc);
      if (!known || !known.has(unit)) {
        throw new IngestError(
          'UnknownLineageDocument',
          `[${i}].${end}: "${o[end]}" names ${known ? `no unit "${unit}" of "${doc}"` : `no document "${doc}"`}`,
          { file },
          'Write "<document>/<unit>" as in the URL of the unit (/<document>/<unit>/).',
        );
      }
    }
    const [earlier] = o.from.split('/');
    const [later] = o.to.split('/');
    if (!links.some((l) => l.earlier === earlier && l.later === later)) {
      throw new IngestError(
        'UnknownLineageDocument',
        `[${i}]: "${later}" is not recorded as a later version of "${earlier}", so this decision would never apply`,
        { file },
        `Record the link as "lineage": { "from": "${earlier}" } on "${later}" in ${DOCUMENTS}, or correct the ids.`,
      );
    }
  }
}

/**
 * Every URL the corpus would publish has the shape of the URL scheme: each becomes a folder under
 * dist/, so an id that slipped through with `..`, a slash or a space must stop here, not at Astro.
 */
export function checkPublishedUrls(urls: Iterable<string>): void {
  for (const url of urls) {
    if (!SITE_PATH.test(url)) {
      throw new IngestError(
        'UnsafeUrl',
        `the build would publish ${JSON.stringify(url)}, which is not a path of the site's URL scheme`,
        { file: DOCUMENTS },
        'Document and unit ids become URL segments: lowercase letters, digits and hyphens. Correct the id (or the numbering rule) that produced it.',
      );
    }
  }
}

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
