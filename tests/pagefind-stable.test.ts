import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, readPagefindFile, stabilisePagefind, writePagefindFile } from '../scripts/pagefind-stable.ts';

const unpack = (bytes: Uint8Array): unknown => readPagefindFile(bytes, 'a test bundle');

function page(title: string, document: string, instruments: string[]): string {
  const filters = instruments.map((id) => `<span data-pagefind-filter="instrument">${id}</span>`).join('');
  return `<html lang="en"><body><main data-pagefind-body><h1>${title}</h1>
    <span data-pagefind-filter="document">${document}</span>${filters}<p>Text of ${title}.</p></main></body></html>`;
}

/** A real Pagefind 1.5 bundle of four pages with two filters, held in memory. */
async function realBundle(): Promise<Bundle> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('pagefind did not start');
  try {
    await index.addHTMLFile({ url: '/a/1/', content: page('A 1', 'Plan', ['untoc', 'crc']) });
    await index.addHTMLFile({ url: '/a/2/', content: page('A 2', 'Plan', ['cedaw']) });
    await index.addHTMLFile({ url: '/b/1/', content: page('B 1', 'Resolution', ['untoc', 'ilo-c29']) });
    await index.addHTMLFile({ url: '/b/2/', content: page('B 2', 'Resolution', []) });
    const { files } = await index.getFiles();
    return new Map(files.map((file) => [file.path, file.content]));
  } finally {
    await pagefind.close();
  }
}

function filterFiles(bundle: Bundle): [string, [string, number[]][]][] {
  return [...bundle].filter(([path]) => path.startsWith('filter/')).map(([, bytes]) => unpack(bytes) as [string, [string, number[]][]]);
}

describe('stabilisePagefind', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await realBundle();
  });

  it('writes every filter sorted by value, pages in ascending order', () => {
    const filters = filterFiles(stabilisePagefind(bundle));
    expect(filters.map(([name]) => name).sort()).toEqual(['document', 'instrument']);
    for (const [, values] of filters) {
      const names = values.map(([value]) => value);
      expect(names).toEqual([...names].sort());
      for (const [, pages] of values) expect(pages).toEqual([...pages].sort((a, b) => a - b));
    }
    const instrument = filters.find(([name]) => name === 'instrument');
    expect(instrument?.[1].map(([value, pages]) => [value, pages.length])).toEqual([
      ['cedaw', 1],
      ['crc', 1],
      ['ilo-c29', 1],
      ['untoc', 2],
    ]);
  });

  it('gives the same bytes whatever order Pagefind wrote the filter entries in', () => {
    // Reverse every filter file's entries, as another run's hash-map order might.
    const shuffled: Bundle = new Map(bundle);
    for (const [path, bytes] of bundle) {
      if (!path.startsWith('filter/')) continue;
      const [name, values] = unpack(bytes) as [string, [string, number[]][]];
      shuffled.set(path, writePagefindFile([name, [...values].reverse().map(([value, pages]) => [value, [...pages].reverse()])]));
    }
    const once = stabilisePagefind(bundle);
    const again = stabilisePagefind(shuffled);
    expect([...again.keys()].sort()).toEqual([...once.keys()].sort());
    for (const [path, bytes] of once) expect(Buffer.from(again.get(path) ?? []).equals(Buffer.from(bytes)), path).toBe(true);
  });

  it('points the entry and metadata files at the renamed files and leaves the rest alone', () => {
    const stable = stabilisePagefind(bundle);
    const entry = JSON.parse(Buffer.from(stable.get('pagefind-entry.json') ?? []).toString('utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const meta = unpack(stable.get(`pagefind.${entry.languages['en']?.hash}.pf_meta`) ?? new Uint8Array()) as [unknown, unknown, unknown, [string, string][]];
    for (const [, hash] of meta[3]) expect(stable.has(`filter/${hash}.pf_filter`)).toBe(true);
    expect([...stable.keys()].filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
    for (const [path, bytes] of bundle) {
      if (path.startsWith('fragment/') || path.startsWith('index/') || path.endsWith('.js')) expect(stable.get(path)).toBe(bytes);
    }
    expect(stable.size).toBe(bundle.size);
  });

  it('refuses a bundle in a format it was not written for, naming the file', () => {
    const entryOnly: Bundle = new Map([['pagefind-entry.json', Buffer.from('{"languages":{"en":{"hash":"en_0"}}}')], ['pagefind.en_0.pf_meta', gzipSync(Buffer.from('other'))]]);
    expect(() => stabilisePagefind(entryOnly)).toThrow(/pagefind\.en_0\.pf_meta is not in Pagefind 1\.5's format/u);
    expect(() => stabilisePagefind(new Map())).toThrow(/no pagefind-entry\.json/u);
  });
});
