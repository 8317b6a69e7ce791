import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFile } from '../src/lib/document-meta.ts';
import { ROOT } from './support/project.ts';

const metas = documentsFile.parse(JSON.parse(readFileSync(`${ROOT}content/documents.json`, 'utf8')));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const shared = `${ROOT}../shared/sources/`;

describe('source copies', () => {
  it('every source in content/sources has a document entry with its checksum', () => {
    const files = readdirSync(`${ROOT}content/sources`).filter((f) => f.endsWith('.txt')).sort();
    expect(metas.map((m) => m.source).sort()).toEqual(files);
    for (const meta of metas) expect(sha(`${ROOT}content/sources/${meta.source}`), meta.source).toBe(meta.sha256);
  });

  it.runIf(existsSync(shared))('are byte for byte the texts in ../shared/sources', () => {
    const originals = readdirSync(shared).filter((f) => f.endsWith('.txt')).sort();
    expect(originals.length).toBeGreaterThan(0);
    for (const file of originals) {
      expect(readFileSync(`${ROOT}content/sources/${file}`).equals(readFileSync(`${shared}${file}`)), file).toBe(true);
    }
  });
});
