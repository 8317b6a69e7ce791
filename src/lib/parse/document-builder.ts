import type { DocumentMeta, LineRole } from '../document-meta.ts';
import { ErrorCodes, IngestError, type ErrorName, type IngestWarning } from '../errors.ts';
import { footnoteRefs, parseInline, plainText, type Inline } from './inline.ts';
import { placeLabel, type LabelState } from './subitem-labels.ts';
import type { SourceLine } from './source-lines.ts';

export type UnitStatus = 'text' | 'deleted' | 'merged';

export interface UnitNote {
  /** `deleted`/`formatted`: tracked-change comments of a draft; `editor`: editors' bracketed notes. */
  kind: 'deleted' | 'formatted' | 'editor';
  text: string;
  line: number;
}

interface RawNode {
  kind: 'para' | 'item' | 'bullet';
  raw: string;
  first: number;
  last: number;
  /** For items: hierarchical id (`b-ii`), printed label (`(ii)`) and depth. */
  id?: string;
  label?: string;
  depth?: number;
}

interface RawUnit {
  id: string;
  label: string;
  part: string | null;
  section: string | null;
  status: UnitStatus;
  mergedInto: string | null;
  nodes: RawNode[];
  notes: UnitNote[];
  lines: number[];
  labels: LabelState;
}

export type BodyNode =
  | { kind: 'para'; inlines: Inline[]; lines: [number, number] }
  | { kind: 'bullet'; inlines: Inline[]; lines: [number, number] }
  | { kind: 'item'; id: string; label: string; depth: number; inlines: Inline[]; lines: [number, number] };

export interface ParsedUnit {
  id: string;
  label: string;
  /** "preambular", "operative", "annex" or a meeting; null where a document has one part. */
  part: string | null;
  section: string | null;
  status: UnitStatus;
  mergedInto: string | null;
  body: BodyNode[];
  notes: UnitNote[];
  footnoteIds: string[];
  sourceLines: [number, number];
}

export interface MatterLine {
  role: LineRole;
  inlines: Inline[];
  line: number;
}

export interface ParsedFootnote {
  id: string;
  inlines: Inline[];
  line: number;
}

export interface ParsedDocument {
  /** Lines before the first unit that are not units: title, cover page, intro, notes. */
  front: MatterLine[];
  /** Such lines after the first unit (adoption lines, section notes), with the unit they follow. */
  back: (MatterLine & { after: string | null; section: string | null })[];
  /** Headings in document order with the unit they precede. */
  sections: { heading: string; line: number; before: string | null }[];
  units: ParsedUnit[];
  footnotes: ParsedFootnote[];
  /** What every non-blank source line was taken as: the ingest's accounting. */
  lineRoles: Map<number, string>;
  /** Positioned warnings the parser raised. */
  warnings: IngestWarning[];
}

const TERMINAL = /[.;:]$/u;

/**
 * The state every shape parser shares: the units found so far, the line being continued and the
 * accounting of source lines. Shape parsers decide what a line is; the builder records it.
 */
export class DocumentBuilder {
  private readonly units: RawUnit[] = [];
  /** The ids in `units`, so that the duplicate check stays linear in a long source. */
  private readonly unitIds = new Set<string>();
  /**
   * The last characters of each node that continuation lines have grown. A paragraph's raw text
   * is built by appending; reading its end (a regex with `$`, slice, endsWith) makes V8 flatten
   * the whole string, so testing the text itself made a long run of lines quadratic.
   */
  private readonly ends = new WeakMap<RawNode, string>();
  private readonly front: { role: LineRole; raw: string; line: number }[] = [];
  private readonly back: { role: LineRole; raw: string; line: number; after: string | null; section: string | null }[] = [];
  private readonly sections: { heading: string; line: number; before: string | null }[] = [];
  private readonly footnotes = new Map<string, { raw: string; line: number }>();
  private readonly pendingNotes: UnitNote[] = [];
  private readonly roles = new Map<number, string>();
  private lastNode: RawNode | null = null;
  /** The last paragraph number seen in each part, for the sequence check. */
  private readonly lastNumber = new Map<string, number>();
  private readonly warnings: IngestWarning[] = [];
  /** True when a blank line (or a non-text line) stands between the last text and this line. */
  private interrupted = true;
  section: string | null;
  part: string | null = null;

  constructor(
    readonly file: string,
    readonly meta: DocumentMeta,
  ) {
    this.section = meta.initialSection?.heading ?? null;
  }

  get current(): RawUnit | null {
    return this.units[this.units.length - 1] ?? null;
  }

  get unitCount(): number {
    return this.units.length;
  }

  /** The last paragraph or item a continuation line would join; `end` is its last few characters. */
  get openText(): { raw: string; kind: RawNode['kind']; end: string } | null {
    const node = this.lastNode;
    return node ? { raw: node.raw, kind: node.kind, end: this.endOf(node) } : null;
  }

  private endOf(node: RawNode): string {
    return this.ends.get(node) ?? node.raw.slice(-END_LENGTH);
  }

  hasUnitInPart(part: string): boolean {
    return this.units.some((u) => u.part === part);
  }

  blank(): void {
    this.interrupted = true;
  }

  warn(line: SourceLine, rule: ErrorName, message: string, hint: string): void {
    this.warnings.push({ code: ErrorCodes[rule], rule, message, hint, position: { file: this.file, line: line.n } });
  }

  /** True when a blank or non-text line stands between the last text and the next line. */
  get interruptedNow(): boolean {
    return this.interrupted;
  }

  /** Accounts for a line whose meaning another record carries (an annex heading's further lines). */
  claimAs(line: SourceLine, role: string): void {
    this.claim(line, role);
    this.interrupted = true;
    this.lastNode = null;
  }

  /** Accounts for lines a normalising stage consumed before the shape parser ran. */
  claimRoles(roles: ReadonlyMap<number, string>): void {
    for (const [n, role] of roles) this.roles.set(n, role);
  }

  private claim(line: SourceLine, role: string): void {
    this.roles.set(line.n, role);
    for (const n of line.also ?? []) this.roles.set(n, role);
  }

  fail(line: SourceLine, expected: string): never {
    throw new IngestError(
      'UnrecognisedLine',
      `cannot tell what this line is: "${line.text.trim().slice(0, 80)}"`,
      { file: this.file, line: line.n },
      `Expected ${expected}. If the line is page furniture or a title, list it under "lines" for this document in content/documents.json; if it is conversion noise, record a correction in content/corrections.json.`,
    );
  }

  /** Title, furniture and other lines the metadata lists. */
  matter(line: SourceLine, role: LineRole, raw = line.text.trim()): void {
    this.claim(line, role);
    if (this.units.length === 0) this.front.push({ role, raw, line: line.n });
    else this.back.push({ role, raw, line: line.n, after: this.current?.id ?? null, section: this.section });
    this.interrupted = true;
    this.lastNode = null;
  }

  heading(line: SourceLine, heading: string): void {
    this.claim(line, 'heading');
    this.section = heading;
    this.sections.push({ heading, line: line.n, before: null });
    this.interrupted = true;
    this.lastNode = null;
  }

  /** A heading's title wrapped onto a further line: "II. Implementation of the ... for Landlocked" / "Developing ...". */
  extendHeading(line: SourceLine, more: string): void {
    const last = this.sections.at(-1);
    if (!last) this.fail(line, 'a heading to continue');
    last.heading = `${last.heading} ${more}`;
    this.section = last.heading;
    this.claim(line, 'heading');
  }

  startUnit(
    line: SourceLine,
    unit: { id: string; label: string; raw: string; status?: UnitStatus; mergedInto?: string | null },
  ): void {
    if (this.unitIds.has(unit.id)) {
      throw new IngestError(
        'DuplicateUnit',
        `unit "${unit.id}" appears twice in this document`,
        { file: this.file, line: line.n },
        'Two paragraphs print the same number. Check the numbering in the source; if both are real, map one to a distinct id with a correction.',
      );
    }
    this.claim(line, 'unit');
    for (const s of this.sections) if (s.before === null && s.line < line.n) s.before = unit.id;
    const node: RawNode = { kind: 'para', raw: unit.raw, first: line.n, last: lastLine(line) };
    this.unitIds.add(unit.id);
    this.units.push({
      id: unit.id,
      label: unit.label,
      part: this.part,
      section: this.section,
      status: unit.status ?? 'text',
      mergedInto: unit.mergedInto ?? null,
      nodes: unit.raw ? [node] : [],
      notes: this.pendingNotes.splice(0),
      lines: [line.n, ...(line.also ?? [])],
      labels: { letter: null, roman: null },
    });
    this.lastNode = unit.raw ? node : null;
    this.interrupted = false;
  }

  private requireUnit(line: SourceLine, what: string): RawUnit {
    const unit = this.current;
    if (!unit) this.fail(line, `${what} to follow a numbered paragraph, but none has started yet`);
    return unit;
  }

  /**
   * Checks a printed paragraph number against the sequence of its part (numbering restarts per part:
   * operative paragraphs, an annex, a meeting). Irregular numbers pass only where the metadata says so.
   */
  sequence(line: SourceLine, id: string, n: number): void {
    // A number printed twice is reported as such by startUnit, more clearly than as out of sequence.
    if (this.unitIds.has(id)) return;
    const key = this.part ?? '';
    const last = this.lastNumber.get(key);
    const expected = last === undefined ? (this.lastNumber.size === 0 && this.meta.numbering.first) || 1 : last + 1;
    this.lastNumber.set(key, Math.max(n, last ?? 0));
    if (n === expected || this.meta.numbering.irregular.some((i) => i.unit === id)) return;
    throw new IngestError(
      'NumberOutOfSequence',
      `paragraph ${n} follows ${last === undefined ? 'the start of its part' : `paragraph ${last}`}; expected ${expected}`,
      { file: this.file, line: line.n },
      `A number was skipped, repeated or misread (for example "2," for "2."), or a paragraph was lost. If the source really prints this order, list "${id}" under numbering.irregular for this document in content/documents.json, with the reason.`,
    );
  }

  /** A labelled sub-item `(a)`, `a.` or `(ii)` of the current unit. */
  item(line: SourceLine, token: string, label: string, raw: string): void {
    const unit = this.requireUnit(line, `sub-item ${label}`);
    const previous = [...unit.nodes].reverse().find((n) => n.kind === 'item');
    const decision = placeLabel(token, unit.labels, previous ? this.endOf(previous).endsWith(':') : false);
    if (!decision.ok) {
      throw new IngestError(
        'SubitemOutOfSequence',
        `sub-item "${label}" of paragraph ${unit.label} is out of sequence; expected ${decision.expected.map((e) => `(${e})`).join(' or ')}`,
        { file: this.file, line: line.n },
        'Sub-items must run a, b, c... with roman numerals only under an item that ends with a colon. Check for a missing or misread label and record a correction.',
      );
    }
    unit.labels = decision.state;
    this.pushNode(line, unit, { kind: 'item', raw, first: line.n, last: lastLine(line), id: decision.key, label, depth: decision.depth });
  }

  /** An unlabelled list entry (`- text`). */
  bullet(line: SourceLine, raw: string): void {
    const unit = this.requireUnit(line, 'a list entry');
    this.pushNode(line, unit, { kind: 'bullet', raw, first: line.n, last: line.n });
  }

  /** A further paragraph of the current unit, such as the sentence closing a list. */
  paragraph(line: SourceLine, raw: string): void {
    const unit = this.requireUnit(line, 'a closing sentence');
    this.pushNode(line, unit, { kind: 'para', raw, first: line.n, last: line.n });
  }

  private pushNode(line: SourceLine, unit: RawUnit, node: RawNode): void {
    this.claim(line, node.kind === 'para' ? 'unit' : node.kind);
    unit.nodes.push(node);
    unit.lines.push(line.n, ...(line.also ?? []));
    this.lastNode = node;
    this.interrupted = false;
  }

  /** True when `text` can only be the rest of the last paragraph, cut by a line or page break. */
  canContinue(text: string): boolean {
    const node = this.lastNode;
    if (!node) return false;
    if (!this.interrupted) return true;
    // "... 2010;¹": the footnote marker after the punctuation does not keep the paragraph open.
    if (TERMINAL.test(withoutMarkers(this.endOf(node)))) return false;
    if (/^[\p{Ll}[(]/u.test(text.trim())) return true;
    // "... in accordance with articles 24 and 25 of" / "UNTOC;": a paragraph cut after a bare word.
    // A comma does not count: preambular paragraphs end with one and the next starts in capitals.
    return node.kind === 'para' && /[\p{L}\p{Nd}]$/u.test(this.endOf(node));
  }

  /** Joins a wrapped or page-broken line to the text it continues. */
  continuation(line: SourceLine): void {
    const node = this.lastNode;
    const unit = this.current;
    if (!node || !unit) {
      throw new IngestError(
        'ContinuationWithoutText',
        'this line continues a paragraph, but no paragraph is open',
        { file: this.file, line: line.n },
        'Check that the paragraph it belongs to starts with its number.',
      );
    }
    const text = line.text.trim();
    // A word hyphenated at the end of a printed line ("anti-" / "human") is one word.
    const end = this.endOf(node);
    const hyphenated = /\p{L}-$/u.test(end);
    node.raw = hyphenated ? node.raw + text : `${node.raw} ${text}`;
    this.ends.set(node, `${end}${hyphenated ? '' : ' '}${text}`.slice(-END_LENGTH));
    node.last = lastLine(line);
    unit.lines.push(line.n, ...(line.also ?? []));
    this.claim(line, 'continuation');
    this.interrupted = false;
  }

  /** A tracked-change comment (`Deleted: ...`, `Formatted: ...`) on the paragraph above it. */
  note(line: SourceLine, kind: UnitNote['kind'], text: string): void {
    const unit = this.requireUnit(line, `a "${kind}" note`);
    unit.notes.push({ kind, text, line: line.n });
    unit.lines.push(line.n);
    this.claim(line, `note:${kind}`);
    this.interrupted = true;
  }

  /** An editors' note on a line of its own: it announces the paragraph that follows it. */
  editorNoteBefore(line: SourceLine, text: string): void {
    this.pendingNotes.push({ kind: 'editor', text, line: line.n });
    this.claim(line, 'note:editor');
    this.interrupted = true;
    this.lastNode = null;
  }

  footnote(line: SourceLine, id: string, raw: string): void {
    if (this.footnotes.has(id)) {
      throw new IngestError(
        'DuplicateFootnote',
        `footnote ${id} is given twice (first on line ${this.footnotes.get(id)!.line})`,
        { file: this.file, line: line.n },
        'Footnote numbers must be unique within a document; check the marker digits.',
      );
    }
    this.footnotes.set(id, { raw, line: line.n });
    this.claim(line, 'footnote');
    // A footnote sits between the parts of a paragraph broken by a page; it does not end it.
    this.interrupted = true;
  }

  finish(): ParsedDocument {
    const options = { bracketLinks: this.meta.bracketLinks };
    const used = new Set<string>();
    const inline = (raw: string, line: number) => {
      const nodes = parseInline(raw, options);
      for (const id of footnoteRefs(nodes)) {
        if (!this.footnotes.has(id)) {
          throw new IngestError(
            'MissingFootnote',
            `footnote marker ${id} has no footnote text in this document`,
            { file: this.file, line },
            'Add the footnote line (marker digits, a space, the text) or, if the digits are not a marker, record a correction.',
          );
        }
        used.add(id);
      }
      return nodes;
    };
    // An editors' note after the last paragraph announces nothing further; keep it with that one.
    this.current?.notes.push(...this.pendingNotes.splice(0));
    const units: ParsedUnit[] = this.units.map((u) => {
      const body = u.nodes.map((n): BodyNode => {
        const lines: [number, number] = [n.first, n.last];
        const { raw, notes } = splitTrailingEditorNote(n.raw);
        u.notes.push(...notes.map((text) => ({ kind: 'editor' as const, text, line: n.last })));
        const inlines = inline(raw, n.first);
        return n.kind === 'item'
          ? { kind: 'item', id: n.id!, label: n.label!, depth: n.depth!, inlines, lines }
          : { kind: n.kind, inlines, lines };
      });
      u.notes.sort((a, b) => a.line - b.line);
      return {
        id: u.id,
        label: u.label,
        part: u.part,
        section: u.section,
        status: u.status,
        mergedInto: u.mergedInto,
        body,
        notes: u.notes,
        footnoteIds: footnoteRefs(body.flatMap((b) => b.inlines)),
        sourceLines: [u.lines.reduce((a, b) => Math.min(a, b)), u.lines.reduce((a, b) => Math.max(a, b))],
      };
    });
    if (units.length === 0) {
      throw new IngestError(
        'EmptySource',
        'the source holds no paragraph at all',
        { file: this.file, line: 1 },
        'Check that the file is the whole text (and not empty or cut off), and that its metadata names the right shape.',
      );
    }
    for (const u of units) {
      const words = u.body.map((n) => plainText(n.inlines)).join('').trim();
      if (u.status === 'text' && !words) {
        throw new IngestError(
          'EmptyUnit',
          `paragraph ${u.label} has no text`,
          { file: this.file, line: u.sourceLines[0] },
          'Check the source: the paragraph\'s words were lost in conversion (or are markup with nothing inside, such as "[](#)").',
        );
      }
    }
    const lastUnit = units.at(-1);
    const lastText = lastUnit?.body.at(-1);
    if (lastUnit && lastText && lastUnit.status === 'text' && !/[.;:!?)\]”’"]$/u.test(plainText(lastText.inlines).trim())) {
      throw new IngestError(
        'TruncatedSource',
        `the text ends in the middle of paragraph ${lastUnit.label}: "…${plainText(lastText.inlines).trim().slice(-40)}"`,
        { file: this.file, line: lastUnit.sourceLines[1] },
        'The source looks truncated. Convert the whole document again; a text that really ends without punctuation needs a correction that says so.',
      );
    }
    const front = this.front.map((m) => ({ role: m.role, line: m.line, inlines: inline(m.raw, m.line) }));
    const back = this.back.map((m) => ({ ...m, inlines: inline(m.raw, m.line) }));
    for (const [id, note] of this.footnotes) {
      if (!used.has(id)) {
        throw new IngestError(
          'UnusedFootnote',
          `footnote ${id} is never referred to`,
          { file: this.file, line: note.line },
          'A marker was probably lost in conversion (for example a superscript read as a plain digit). Record a correction that restores the marker.',
        );
      }
    }
    const footnotes = [...this.footnotes].map(([id, f]) => ({ id, line: f.line, inlines: inline(f.raw, f.line) }));
    return { front, back, sections: this.sections, units, footnotes, lineRoles: this.roles, warnings: this.warnings };
  }
}

/** The characters of a paragraph's end that are kept: enough for punctuation and a footnote marker after it. */
const END_LENGTH = 12;

/** A paragraph's end without the footnote markers that may follow its punctuation ("2010;¹²" -> "2010;"). */
export function withoutMarkers(end: string): string {
  return end.replace(/[⁰¹²³⁴-⁹ᵃᵇᶜᵈᵉᶠᵍʰ]+$/u, '');
}

/** The last source line a clean line stands for. */
function lastLine(line: SourceLine): number {
  return Math.max(line.n, ...(line.also ?? []));
}

/** `... [Formerly PP8]` at the very end of a paragraph is an editors' note, not text. */
export function splitTrailingEditorNote(raw: string): { raw: string; notes: string[] } {
  // Found from the end by hand: the pattern /\s*\[([^\][]+)\]\s*$/u, tried at every position,
  // took quadratic time on a long run of spaces.
  const end = raw.trimEnd();
  if (!end.endsWith(']')) return { raw, notes: [] };
  const open = end.lastIndexOf('[');
  const inner = end.slice(open + 1, -1);
  if (open === -1 || inner.length === 0 || inner.includes(']')) return { raw, notes: [] };
  const before = end.slice(0, open).trimEnd();
  if (before.length === 0) return { raw, notes: [] };
  return { raw: before, notes: [inner.trim()] };
}
