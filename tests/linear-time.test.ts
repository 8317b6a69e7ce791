/**
 * Worst cases of the parser's own loops and patterns, timed at 1 MB and at 2 MB. Not a speed goal
 * (those live in `npm run bench`): the bounds are generous and fail only on pathological growth,
 * where 1 MB takes minutes (quadratic scans, backtracking patterns) or doubling the input more
 * than triples the time.
 */
import { describe, expect, it } from 'vitest';
import { documentMeta } from '../src/lib/document-meta.ts';
import { splitTrailingEditorNote } from '../src/lib/parse/document-builder.ts';
import { parseInline } from '../src/lib/parse/inline.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';
import { decodeSource } from '../src/lib/source-text.ts';

const MB = 1024 * 1024;

const meta = documentMeta.parse({
  id: 'long',
  source: 'long.txt',
  sha256: '0'.repeat(64),
  shape: 'plan',
  title: 'Long',
  shortTitle: 'Long',
  abbreviation: 'LG',
  authority: 'Test authority',
  citeAs: 'Long document',
  symbol: null,
  date: null,
  kind: 'draft',
  description: 'A worst case.',
  // A pattern that backtracks exponentially under a backtracking engine.
  lines: [{ match: '(a+)+b', role: 'note' }],
});

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** `make(n)` builds an input of about n characters; `run` processes it. */
const cases: [string, (n: number) => string, (input: string) => unknown][] = [
  ['[ repeated (bracket matching)', (n) => '['.repeat(n), (s) => parseInline(s, { bracketLinks: 'link' })],
  ['[] repeated', (n) => '[]'.repeat(n / 2), (s) => parseInline(s, { bracketLinks: 'link' })],
  ['[a](#) repeated', (n) => '[a](#)'.repeat(n / 6), (s) => parseInline(s, { bracketLinks: 'insertion' })],
  ['* repeated', (n) => '*'.repeat(n), (s) => parseInline(s, { bracketLinks: 'link' })],
  ['spaces before a closing ] (trailing editor note)', (n) => `a${' '.repeat(n)}]`, splitTrailingEditorNote],
  // Each text ends with a full stop: a text that ends mid-paragraph is refused at once as truncated.
  ['one numbered paragraph of [', (n) => `1. ${'['.repeat(n)}.\n`, (s) => parseDocument(meta, s)],
  ['one paragraph over many lines', (n) => `1. Text\n${'a\n'.repeat(n / 2)}end.\n`, (s) => parseDocument(meta, s)],
  ['many numbered paragraphs', (n) => Array.from({ length: Math.floor(n / 12) }, (_, i) => `${i + 1}. Text;\n`).join(''), (s) => parseDocument(meta, s)],
  ['a line of a against the metadata pattern (a+)+b', (n) => `1. Text\n\n${'a'.repeat(n)}.\n`, (s) => parseDocument(meta, s)],
  ['a run of spaces inside a line (line trimming)', (n) => `1. a${' '.repeat(n)}b.\n`, (s) => parseDocument(meta, s)],
  ['a run of spaces at the end of a line (line trimming)', (n) => `1. ab.${' '.repeat(n)}\n`, (s) => parseDocument(meta, s)],
  ['decoding a source', (n) => 'é'.repeat(n / 2), (s) => decodeSource('long.txt', new TextEncoder().encode(s))],
];

describe('linear time on worst-case input', () => {
  for (const [name, make, run] of cases) {
    it(name, () => {
      const small = make(MB);
      const large = make(2 * MB);
      time(() => run(make(64 * 1024))); // warm up the JIT
      // Best of two, interleaved, so that a pause of the shared machine does not count as growth.
      let one = Infinity;
      let two = Infinity;
      for (let i = 0; i < 2; i++) {
        one = Math.min(one, time(() => run(small)));
        two = Math.min(two, time(() => run(large)));
      }
      expect(one, '1 MB must finish in seconds').toBeLessThan(15_000);
      expect(two, `1 MB took ${Math.round(one)} ms, 2 MB ${Math.round(two)} ms`).toBeLessThan(3 * one + 1_000);
    }, 120_000);
  }
});
