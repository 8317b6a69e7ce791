import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../src/lib/errors.ts';
import { expectedFile, FIXTURES, fixtureCases, parseFixture, readFixture } from './support/fixtures.ts';

describe('parser fixtures: tests/fixtures/<case>/input.txt -> expected.json', () => {
  for (const name of fixtureCases()) {
    it(name, () => {
      const fixture = readFixture(join(FIXTURES, name));
      const actual = `${JSON.stringify(parseFixture(fixture).units, null, 2)}\n`;
      expect(actual).toBe(expectedFile(fixture.dir, 'expected.json', actual));
    });
  }
});

describe('error fixtures: tests/fixtures/errors/<case> -> expected-error.txt', () => {
  const dir = join(FIXTURES, 'errors');
  for (const name of fixtureCases(dir)) {
    it(name, () => {
      const fixture = readFixture(join(dir, name));
      let message = 'no error';
      try {
        parseFixture(fixture);
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        message = `${error.format()}\n`;
      }
      expect(message).not.toBe('no error');
      expect(message).toBe(expectedFile(fixture.dir, 'expected-error.txt', message));
    });
  }
});
