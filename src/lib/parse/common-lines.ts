import { RE2JS } from 're2js';
import { IngestError } from '../errors.ts';
import type { DocumentBuilder } from './document-builder.ts';
import { superscriptToDigits } from './inline.ts';
import type { SourceLine } from './source-lines.ts';

/** A footnote line: superscript number, space, text. */
export const FOOTNOTE_LINE = /^([¹²³⁰⁴-⁹]+|[ᵃᵇᶜᵈᵉᶠᵍʰ])\s+(.+)$/u;
const FOOTNOTE = FOOTNOTE_LINE;
const TRACKED_CHANGE = /^(?:-\s*)?(?:\*\*)?(Deleted|Formatted):(?:\*\*)?(?:\s+(.*))?$/u;
const EDITOR_NOTE = /^(?:\*\*)?\[([^\][]+)\](?:\*\*)?$/u;

interface CompiledMeta {
  lines: { re: RE2JS; role: DocumentBuilder['meta']['lines'][number]['role'] }[];
  unnumbered: { re: RE2JS; id: string; label: string }[];
}

const compiled = new WeakMap<object, CompiledMeta>();

/** The metadata's line and unnumbered-unit patterns, compiled once per document; RE2 runs them in linear time. */
function patterns(b: DocumentBuilder): CompiledMeta {
  let c = compiled.get(b.meta);
  if (!c) {
    c = {
      lines: b.meta.lines.map((l) => ({ re: RE2JS.compile(`^(?:${l.match})$`), role: l.role })),
      unnumbered: b.meta.unnumbered.map((u) => ({ re: RE2JS.compile(`^(?:${u.match})`), id: u.id, label: u.label })),
    };
    compiled.set(b.meta, c);
  }
  return c;
}

/**
 * Lines every shape shares: blank lines, lines the metadata lists, footnotes, tracked-change
 * comments and editors' notes. Returns false when the line is for the shape parser to decide.
 */
export function commonLine(line: SourceLine, b: DocumentBuilder): boolean {
  const text = line.text.trim();
  if (!text) {
    b.blank();
    return true;
  }
  for (const known of patterns(b).lines) {
    if (known.re.test(text)) {
      if (known.role === 'heading') b.heading(line, text.replace(/^[#\s]*(?:\*\*)?|(?:\*\*)?$/gu, ''));
      else b.matter(line, known.role);
      return true;
    }
  }
  let m = FOOTNOTE.exec(text);
  if (m) {
    b.footnote(line, superscriptToDigits(m[1]!), m[2]!);
    return true;
  }
  m = TRACKED_CHANGE.exec(text);
  if (m) {
    b.note(line, m[1] === 'Deleted' ? 'deleted' : 'formatted', (m[2] ?? '').trim());
    return true;
  }
  m = EDITOR_NOTE.exec(text);
  if (m) {
    b.editorNoteBefore(line, m[1]!.trim());
    return true;
  }
  return false;
}

/** Sub-item labels as the sources print them: `(a)`, `a.`, `(ii)`, optionally as a list item. */
export const SUBITEM = /^(?:-\s+)?(?:\(([a-z]|[ivxl]{1,5})\)|([a-z]|[ivxl]{1,5})\.)\s+(.*)$/u;

/** Handles a sub-item line; returns false when the line is not one. */
const LABEL_ALONE = /^(?:-\s+)?(?:\((?:[a-z]|[ivxl]{1,5})\)|(?:[a-z]|[ivxl]{1,5})\.)$/u;

export function subitemLine(line: SourceLine, b: DocumentBuilder): boolean {
  if (LABEL_ALONE.test(line.text.trim())) {
    // "c." with nothing after it: joining it to the item above would hide a lost line.
    throw new IngestError(
      'LabelWithoutText',
      `sub-item label "${line.text.trim()}" stands alone and its text is missing`,
      { file: b.file, line: line.n },
      'Check the source for the lost text of this sub-item, and restore it with a correction in content/corrections.json.',
    );
  }
  const m = SUBITEM.exec(line.text.trim());
  if (!m) return false;
  const token = m[1] ?? m[2]!;
  b.item(line, token, m[1] ? `(${token})` : `${token}.`, m[3]!);
  return true;
}

/**
 * What is left for a line no rule claimed: the rest of a broken paragraph, or the sentence that
 * closes a list ("As stipulated by article 5 ..."). Returns false when it is neither.
 */
export function continuationLine(line: SourceLine, b: DocumentBuilder): boolean {
  const text = line.text.trim();
  if (b.canContinue(text)) {
    b.continuation(line);
    return true;
  }
  const open = b.openText;
  if (open && open.kind === 'item' && !/[.;:]$/u.test(open.end) && /^\p{Lu}/u.test(text)) {
    b.paragraph(line, text);
    return true;
  }
  return false;
}

/** Matches an unnumbered paragraph against the document's list of named unnumbered units. */
export function namedUnnumbered(line: SourceLine, b: DocumentBuilder): boolean {
  const text = line.text.trim();
  const named = patterns(b).unnumbered.find((u) => u.re.test(text));
  if (!named) return false;
  b.startUnit(line, { id: named.id, label: named.label, raw: text });
  return true;
}
