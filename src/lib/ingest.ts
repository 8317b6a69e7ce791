import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { resolveBacklinks } from './cite/backlinks.ts';
import { CitationMatcher } from './cite/citation-matcher.ts';
import { footnoteCitations } from './cite/footnote-citations.ts';
import { instrumentsFile } from './cite/instrument-registry.ts';
import { remarkCiteInstruments } from './cite/remark-cite.ts';
import { unitReferences } from './cite/unit-references.ts';
import { buildDocument, corpusSchema, type Corpus, type CorpusDocument, type UnitCitations } from './corpus.ts';
import { correctionsFile, documentsFile, type Correction, type DocumentMeta } from './document-meta.ts';
import { buildSiteModel } from './site-model.ts';
import { mdastToBody, type RenderNode } from './unit-body.ts';
import { unitToMdast } from './unit-mdast.ts';
import { citationTarget } from './cite/citation-target.ts';
import { instrumentTexts } from './instrument-text/instrument-texts.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { assignAknIris } from './open-data/akn-iri.ts';
import { parseJson } from './content-json.ts';
import { ancestorsOf, buildLineage, lineageOverridesFile } from './lineage/lineage.ts';
import { plainText } from './parse/inline.ts';
import { parseDocument } from './parse/parse-document.ts';
import { publishedUrls } from './published-urls.ts';
import { checkManifest, MANIFEST_FILE, urlManifest } from './url-manifest.ts';
import { decodeSource } from './source-text.ts';
import * as check from './validate-content.ts';

export interface IngestInput {
  /** Contents of content/documents.json. */
  documents: string;
  /** Contents of content/corrections.json. */
  corrections: string;
  /** Contents of content/instruments.json. */
  instruments: string;
  /** Contents of content/url-manifest.json; null when the file is missing (an error: URL protection would be off). */
  manifest: string | null;
  /** Contents of content/lineage-overrides.json. */
  lineageOverrides: string;
  /** Source file name -> its bytes. */
  sources: Map<string, Uint8Array>;
  /** File name in content/instrument-texts/ -> its bytes (the instruments' own texts). */
  instrumentTexts?: Map<string, Uint8Array>;
  /** First path segments the site serves itself (from src/pages, public/ and the build's tools): not document ids. */
  reservedIds: ReadonlySet<string>;
}

export interface IngestOutput {
  corpus: Corpus;
  /** Path relative to the output folder -> file content. */
  files: Map<string, string>;
  redirects: [string, string][];
  /** Problems that do not stop the build, positioned in the sources. */
  warnings: IngestWarning[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readSource(meta: DocumentMeta, sources: ReadonlyMap<string, Uint8Array>): string {
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
  return decodeSource(file, bytes);
}

/** The content files read and checked: what every document's ingest needs. */
interface IngestPlan {
  metas: DocumentMeta[];
  corrections: Correction[];
  manifest: ReturnType<typeof urlManifest.parse>;
  registry: ReturnType<typeof instrumentsFile.parse>;
}

/** Reads the content files and checks them against each other; throws IngestError at the first problem. */
function planIngest(input: IngestInput): IngestPlan {
  const metas = parseJson(documentsFile, input.documents, { file: 'content/documents.json', schemaModule: 'src/lib/document-meta.ts' });
  const corrections: Correction[] = parseJson(correctionsFile, input.corrections, { file: 'content/corrections.json', schemaModule: 'src/lib/document-meta.ts' });
  if (input.manifest === null) {
    throw new IngestError(
      'ManifestFileMissing',
      'the URL manifest is missing; without it the build cannot tell which published URLs it would break',
      { file: MANIFEST_FILE },
      'Restore it from version control (git checkout -- content/url-manifest.json). It is only ever extended, by npm run manifest:add.',
    );
  }
  const manifest = parseJson(urlManifest, input.manifest, { file: MANIFEST_FILE, schemaModule: 'src/lib/url-manifest.ts', error: 'InvalidManifest' });
  const registry = parseJson(instrumentsFile, input.instruments, { file: 'content/instruments.json', schemaModule: 'src/lib/cite/instrument-registry.ts' });
  check.checkDocumentIds(metas, input.reservedIds);
  check.checkSourcesDescribed(metas, input.sources.keys());
  check.checkCorrections(corrections, metas);
  check.checkLineageLinks(metas);
  return { metas, corrections, manifest, registry };
}

/** One document parsed, its citations found and its units' text rendered: independent of every other document. */
interface DocumentIngest {
  document: CorpusDocument;
  /** Render trees by unit key `<document>/<unit>`, in document order. */
  bodies: [string, RenderNode[]][];
  warnings: IngestWarning[];
}

/** What reading one document needs besides its source, built once per ingest. */
interface DocumentContext {
  plan: IngestPlan;
  matcher: CitationMatcher;
  target: ReturnType<typeof citationTarget>;
}

function documentContext(plan: IngestPlan): DocumentContext {
  return { plan, matcher: new CitationMatcher(plan.registry), target: citationTarget(plan.registry) };
}

function ingestDocument(context: DocumentContext, meta: DocumentMeta, sources: ReadonlyMap<string, Uint8Array>): DocumentIngest {
  const { matcher, target } = context;
  const warnings: IngestWarning[] = [];
  const bodies: [string, RenderNode[]][] = [];
  const text = readSource(meta, sources);
  const parsed = parseDocument(meta, text, context.plan.corrections, `content/sources/${meta.source}`);
  warnings.push(...parsed.warnings);
  const cite = unified().use(remarkCiteInstruments, { matcher, defaults: meta.citationDefaults, target });
  const byFootnote = footnoteCitations(
    parsed.footnotes.map((f) => ({ id: f.id, text: plainText(f.inlines) })),
    matcher,
  );
  const citations: UnitCitations = new Map();
  for (const unit of parsed.units) {
    const file = new VFile({ path: `${meta.id}/${unit.id}` });
    const tree = cite.runSync(unitToMdast(unit), file) as Root;
    const found = [...(file.data.citations ?? []), ...unit.footnoteIds.flatMap((id) => byFootnote.get(id) ?? [])];
    citations.set(unit.id, unitReferences(found, matcher));
    for (const name of new Set(file.data.unknownInstruments ?? [])) {
      warnings.push({
        code: 'TT050',
        rule: 'UnknownInstrument',
        position: { file: `content/sources/${meta.source}`, line: unit.sourceLines[0] },
        message: `"${name}" (unit ${unit.id}) looks like the name of an instrument, but content/instruments.json has no entry that matches it`,
        hint: 'If it is an instrument, add it to content/instruments.json with its names and the symbol that adopted it; otherwise ignore this warning.',
      });
    }
    bodies.push([`${meta.id}/${unit.id}`, mdastToBody(tree)]);
  }
  return { document: buildDocument(meta, parsed, context.plan.corrections, citations), bodies, warnings };
}

/** Parses every source and renders the generated content. Pure: the caller does the I/O. */
export function ingest(input: IngestInput): IngestOutput {
  const plan = planIngest(input);
  const context = documentContext(plan);
  return assembleCorpus(input, plan, plan.metas.map((meta) => ingestDocument(context, meta, input.sources)));
}

/**
 * Everything that needs all the documents: backlinks, the drafting history, Akoma Ntoso identifiers,
 * the URL manifest, and what the pages show. `ingested` holds the documents in the order of `plan.metas`.
 */
function assembleCorpus(input: IngestInput, plan: IngestPlan, ingested: DocumentIngest[]): IngestOutput {
  const { metas, manifest, registry } = plan;
  const files = new Map<string, string>();
  const warnings = ingested.flatMap((d) => d.warnings);
  const bodies = new Map(ingested.flatMap((d) => d.bodies));
  const documents = ingested.map((d) => d.document);
  const texts = instrumentTexts(registry, input.instrumentTexts ?? new Map());
  const instruments = resolveBacklinks(registry, documents).map((i) => ({ ...i, text: texts.get(i.id) ?? null }));
  const overrides = parseJson(lineageOverridesFile, input.lineageOverrides, { file: 'content/lineage-overrides.json', schemaModule: 'src/lib/lineage/lineage.ts' });
  const links = metas.flatMap((m) =>
    m.lineage ? [{ later: m.id, earlier: m.lineage.from, sameNumbering: m.lineage.sameNumbering, partial: m.lineage.partial ?? null }] : [],
  );
  check.checkLineageOverrides(overrides, new Map(documents.map((d) => [d.id, new Set(d.units.map((u) => u.id))])), links);
  const lineage = buildLineage(documents, links, overrides);
  for (const doc of documents) {
    for (const unit of doc.units) {
      const key = `${doc.id}/${unit.id}`;
      const found = lineage.get(key);
      if (found) unit.lineage = found;
      unit.ancestors = ancestorsOf(key, lineage);
    }
  }
  assignAknIris(documents);
  const corpus = corpusSchema.parse({ schemaVersion: 1, documents, instruments });
  const produced = publishedUrls(corpus);
  check.checkPublishedUrls(produced);
  const redirects = checkManifest(manifest, produced);
  files.set('corpus.json', `${JSON.stringify(corpus, null, 1)}\n`);
  const site = buildSiteModel(corpus, bodies);
  for (const [doc, units] of site.units) files.set(`site/units/${doc}.json`, `${JSON.stringify(units)}\n`);
  files.set('site/instruments.json', `${JSON.stringify(site.instruments)}\n`);
  files.set('redirects.json', `${JSON.stringify(redirects, null, 1)}\n`);
  return { corpus, files, redirects, warnings };
}
