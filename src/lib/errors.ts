/**
 * The catalogue of ingest errors. Codes are part of the project's interface (tests, CI logs and
 * people's notes refer to them): add new ones, never rename one.
 */
export const ErrorCodes = {
  UnrecognisedLine: 'TT001',
  SubitemOutOfSequence: 'TT002',
  MissingFootnote: 'TT003',
  UnusedFootnote: 'TT004',
  CorrectionDoesNotApply: 'TT005',
  DuplicateUnit: 'TT006',
  ContinuationWithoutText: 'TT007',
  SourceChecksumMismatch: 'TT008',
  InvalidMetadata: 'TT009',
  ManifestUrlMissing: 'TT010',
  InvalidManifest: 'TT011',
  DuplicateFootnote: 'TT012',
  FootnoteMarkerNotFound: 'TT013',
  AmbiguousFootnoteMarker: 'TT014',
  LabelWithoutText: 'TT015',
  NumberOutOfSequence: 'TT016',
  EmptyUnit: 'TT017',
  EmptySource: 'TT018',
  AddDocumentFailed: 'TT019',
  TruncatedSource: 'TT020',
  NoAknIdentity: 'TT060',
  PageBreakCapital: 'TT021',
  // Issue 10's range (TT050-TT059): warnings of citation linking.
  UnknownInstrument: 'TT050',
} as const;

export type ErrorName = keyof typeof ErrorCodes;

export interface SourcePosition {
  file: string;
  line?: number;
}

/**
 * An error in the input that stops the build. It carries the position separately from the message
 * so that the CLI can print `file:line` the way editors and terminals recognise.
 */
export class IngestError extends Error {
  readonly code: string;
  constructor(
    override readonly name: ErrorName,
    message: string,
    readonly position: SourcePosition,
    readonly hint: string,
  ) {
    super(message);
    this.code = ErrorCodes[name];
  }

  /** The text a person sees: where, what, and what to do about it. */
  format(): string {
    const where = this.position.line ? `${this.position.file}:${this.position.line}` : this.position.file;
    return `${where}\n  error ${this.code} ${this.name}: ${this.message}\n  hint: ${this.hint}`;
  }
}

/**
 * A problem that does not stop the build (STYLE 4): positioned, with a rule id, printed by the CLI
 * so that the data can be improved on evidence.
 */
export interface IngestWarning {
  code: string;
  rule: ErrorName;
  position: SourcePosition;
  message: string;
  hint: string;
}

export function formatWarning(w: IngestWarning): string {
  const where = w.position.line ? `${w.position.file}:${w.position.line}` : w.position.file;
  return `${where}\n  warning ${w.code} ${w.rule}: ${w.message}\n  hint: ${w.hint}`;
}
