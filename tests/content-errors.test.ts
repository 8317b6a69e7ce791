import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../src/lib/errors.ts';
import { ingest, type IngestInput } from '../src/lib/ingest.ts';
import { readIngestInput } from '../src/lib/ingest-fs.ts';
import { applyEdits, CONTENT_ERRORS, contentCases, readContentCase } from './support/content-edits.ts';
import { expectedFile } from './support/fixtures.ts';
import { ROOT } from './support/project.ts';

describe('bad content: tests/fixtures/content-errors/<case>/case.json -> expected-error.txt', () => {
  let base: IngestInput;
  beforeAll(async () => {
    base = await readIngestInput(ROOT);
  });

  for (const name of contentCases()) {
    const { did, edits } = readContentCase(name);
    it(`${name}: ${did}`, () => {
      let message = 'no error';
      try {
        ingest(applyEdits(base, edits));
      } catch (error) {
        // Anything but a catalogued error is a crash with a stack trace: a bug, not a message.
        if (!(error instanceof IngestError)) throw error;
        message = `${error.format()}\n`;
      }
      expect(message).not.toBe('no error');
      expect(message).toMatch(/error TT\d{3} \w+: .+\n {2}hint: .+/u);
      expect(message).toBe(expectedFile(join(CONTENT_ERRORS, name), 'expected-error.txt', message));
    });
  }
});
