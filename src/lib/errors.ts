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
  // TT013-TT029: the ingest's parser rules and add-document.
  FootnoteMarkerNotFound: 'TT013',
  AmbiguousFootnoteMarker: 'TT014',
  LabelWithoutText: 'TT015',
  NumberOutOfSequence: 'TT016',
  EmptyUnit: 'TT017',
  EmptySource: 'TT018',
  AddDocumentFailed: 'TT019',
  TruncatedSource: 'TT020',
  PageBreakCapital: 'TT021',
  ManifestFileMissing: 'TT030',
  InvalidJson: 'TT031',
  DuplicateDocumentId: 'TT032',
  ReservedDocumentId: 'TT033',
  SourceWithoutMetadata: 'TT034',
  UnknownCorrectionSource: 'TT035',
  UnknownLineageDocument: 'TT036',
  InvalidEncoding: 'TT037',
  ControlCharacter: 'TT038',
  SourceTooLarge: 'TT039',
  UnsafeUrl: 'TT040',
  PathOutsideFolder: 'TT041',
  SourceNotRegularFile: 'TT042',
  ContentFileMissing: 'TT043',
  NoAknIdentity: 'TT060',
  // Issue 10's range (TT050-TT059): warnings of citation linking.
  UnknownInstrument: 'TT050',
} as const;

export type ErrorName = keyof typeof ErrorCodes;

export interface SourcePosition {
  file: string;
  line?: number;
  /** 1-based, in characters; only with `line`. */
  column?: number;
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
    const { file, line, column } = this.position;
    const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
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
