/**
 * Checks across the content files that no single schema can make: ids unique and free of the
 * site's own routes, every source described, every correction and lineage entry naming a real
 * document, every URL in the shape of the URL scheme. Pure: the caller reads the files. The bytes
 * of a source are checked in source-text.ts.
 */
import type { Correction, DocumentMeta } from './document-meta.ts';
import { IngestError } from './errors.ts';
import type { LineageOverride } from './lineage/lineage.ts';
import { SITE_PATH } from './url-manifest.ts';

const DOCUMENTS = 'content/documents.json';

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
