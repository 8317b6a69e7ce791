import type { Correction, DocumentMeta } from '../document-meta.ts';
import { DocumentBuilder, type ParsedDocument } from './document-builder.ts';
import { parsePlan } from './plan.ts';
import { parseRecommendations } from './recommendations.ts';
import { normaliseUnLayout } from '../normalise/un-layout.ts';
import { parseResolution, parseResolutionWithAnnex } from './resolution.ts';
import { parseUnResolution } from './un-resolution.ts';
import { applyCorrections, splitLines, type SourceLine } from './source-lines.ts';

const SHAPES: Record<DocumentMeta['shape'], (lines: SourceLine[], b: DocumentBuilder) => void> = {
  plan: parsePlan,
  resolution: parseResolution,
  'resolution-with-annex': parseResolutionWithAnnex,
  recommendations: parseRecommendations,
  'un-resolution': parseUnResolution,
};

/**
 * Parses one source text. Pure: the caller reads the file. `file` is only used in error positions.
 * Throws IngestError on anything it cannot account for.
 */
export function parseDocument(
  meta: DocumentMeta,
  text: string,
  corrections: Correction[] = [],
  file = meta.source,
): ParsedDocument {
  const lines = applyCorrections(splitLines(text), corrections.filter((c) => c.source === meta.source), file);
  const builder = new DocumentBuilder(file, meta);
  if (meta.layout === 'un-pdf') {
    const clean = normaliseUnLayout(lines, file);
    builder.claimRoles(clean.roles);
    SHAPES[meta.shape]([...clean.body, ...clean.footnotes], builder);
  } else SHAPES[meta.shape](lines, builder);
  return builder.finish();
}
