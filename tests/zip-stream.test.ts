import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip, type ZipInput } from '../scripts/zip-stream.ts';

const MTIME = new Date('2010-07-30T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'tt-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => new TextEncoder().encode(s);
const inputs = (): ZipInput[] => [
  { name: 'site/index.html', bytes: () => text('<p>Home</p>'.repeat(1000)) },
  { name: 'site/empty.txt', bytes: () => new Uint8Array(0) },
  { name: 'site/données/é.json', bytes: async () => text('{"a":1}') },
];

describe('the streamed zip', () => {
  it('holds every file, in order, as given', async () => {
    const target = join(dir, 'a/out.zip');
    expect(await writeZip(target, inputs(), MTIME)).toEqual({ bytes: readFileSync(target).byteLength, files: 3 });
    const files = unzipSync(readFileSync(target));
    expect(Object.keys(files)).toEqual(['site/index.html', 'site/empty.txt', 'site/données/é.json']);
    expect(new TextDecoder().decode(files['site/index.html'])).toBe('<p>Home</p>'.repeat(1000));
    expect(files['site/empty.txt']).toHaveLength(0);
  });

  it('keeps the input order across batches that the workers finish in any order', async () => {
    // Large files early and small ones late, over many batches, so later batches can finish first.
    const many: ZipInput[] = Array.from({ length: 500 }, (_, i) => ({
      name: `site/${String(i).padStart(3, '0')}.txt`,
      bytes: () => text(`file ${i} `.repeat(i < 64 ? 20_000 : 3)),
    }));
    const target = join(dir, 'many.zip');
    expect((await writeZip(target, many, MTIME)).files).toBe(500);
    const files = unzipSync(readFileSync(target));
    expect(Object.keys(files)).toEqual(many.map((m) => m.name));
    for (const [i, name] of Object.keys(files).entries()) expect(new TextDecoder().decode(files[name])).toBe(`file ${i} `.repeat(i < 64 ? 20_000 : 3));
  });

  it('is the same bytes every time', async () => {
    await writeZip(join(dir, 'one.zip'), inputs(), MTIME);
    await writeZip(join(dir, 'two.zip'), inputs(), MTIME);
    expect(readFileSync(join(dir, 'one.zip')).equals(readFileSync(join(dir, 'two.zip')))).toBe(true);
  });

  it('leaves the previous zip and no partial file when a run fails', async () => {
    const target = join(dir, 'kept/out.zip');
    await writeZip(target, inputs(), MTIME);
    const before = readFileSync(target);
    const failing: ZipInput[] = [...inputs(), { name: 'site/broken', bytes: () => { throw new Error('unreadable'); } }];
    await expect(writeZip(target, failing, MTIME)).rejects.toThrow('unreadable');
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'kept'))).toEqual(['out.zip']);
  });

  it('fails, writing nothing, where the folder cannot be written', async () => {
    writeFileSync(join(dir, 'file'), '');
    await expect(writeZip(join(dir, 'file/out.zip'), inputs(), MTIME)).rejects.toThrow();
  });
});
