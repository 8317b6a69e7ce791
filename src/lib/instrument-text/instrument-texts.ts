import { createHash } from 'node:crypto';
import type { Instrument } from '../cite/instrument-registry.ts';
import { IngestError } from '../errors.ts';
import { parseTreaty, type TreatyText } from './parse-treaty.ts';

/**
 * The instruments' own texts, checked against the checksum the registry records and parsed into
 * articles. A copy that is missing or changed stops the ingest: sources are never edited.
 */
export function instrumentTexts(registry: Instrument[], files: Map<string, Uint8Array>): Map<string, TreatyText> {
  const out = new Map<string, TreatyText>();
  for (const instrument of registry) {
    if (!instrument.text) continue;
    const file = `content/instrument-texts/${instrument.text.source}`;
    const bytes = files.get(instrument.text.source);
    if (!bytes) {
      throw new IngestError('InvalidMetadata', `the text of instrument "${instrument.id}" is missing`, { file }, 'Copy the instrument text into content/instrument-texts/ byte for byte, or remove `text` from its entry in content/instruments.json.');
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== instrument.text.sha256) {
      throw new IngestError(
        'SourceChecksumMismatch',
        `the text's SHA-256 is ${actual}, but content/instruments.json records ${instrument.text.sha256}`,
        { file },
        'Instrument texts are copied byte for byte and never edited: restore the original. If a new edition is meant, update the checksum in the same reviewed commit.',
      );
    }
    out.set(instrument.id, parseTreaty(new TextDecoder('utf-8', { fatal: true }).decode(bytes), file));
  }
  return out;
}
