import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { jsonPath, lineColumn, parseJson } from '../src/lib/content-json.ts';
import { IngestError } from '../src/lib/errors.ts';

const spec = { file: 'content/example.json', schemaModule: 'src/lib/example.ts' };

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestError) return e.format();
    throw e;
  }
  return 'no error';
}

describe('reading a JSON content file', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
  });

  it('writes JSON paths as people read them', () => {
    expect(jsonPath([])).toBe('(top level)');
    expect(jsonPath([3, 'date'])).toBe('[3].date');
    expect(jsonPath(['redirects', '/old path/'])).toBe('redirects["/old path/"]');
  });

  it('names a bad regex-checked field without a message of its own by where its form is described', () => {
    const schema = z.array(z.object({ id: z.string().regex(/^[a-z]+$/u) }));
    expect(errorOf(() => parseJson(schema, '[{"id": "Bad Id"}]', spec))).toBe(
      'content/example.json\n  error TT009 InvalidMetadata: [0].id: does not have the form this field requires (described in src/lib/example.ts) (found "Bad Id")\n  hint: Each field is described in src/lib/example.ts; correct the entry.',
    );
  });

  it('reports a syntax error at line and column', () => {
    expect(errorOf(() => parseJson(z.unknown(), '{\n  "a": 1,\n  "b" 2\n}', spec))).toMatch(/^content\/example\.json:3:7\n {2}error TT031 InvalidJson/u);
  });
});

describe('duplicate keys', () => {
  it('are refused at the second occurrence, in any nesting', () => {
    const text = '{\n  "redirects": {},\n  "urls": [{ "a": 1, "b": "x\\"y" }],\n  "redirects": { "/a/": "/b/" }\n}';
    expect(errorOf(() => parseJson(z.unknown(), text, spec))).toMatch(/^content\/example\.json:4:3\n {2}error TT031 InvalidJson: the key "redirects" appears twice/u);
    expect(errorOf(() => parseJson(z.unknown(), '[{"id": 1, "x": {"id": 2}}, {"id": 3}]', spec))).toBe('no error');
    expect(errorOf(() => parseJson(z.unknown(), '[{"k": ["a", "k"], "k": 1}]', spec))).toMatch(/"k" appears twice/u);
  });
});
