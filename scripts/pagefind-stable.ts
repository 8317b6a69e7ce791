import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/**
 * Pagefind (1.5) writes its filter indexes in hash-map order, which changes from run to run
 * (Pagefind issue #638: "filter/metadata indexes" still change). Two builds of the same site must be
 * byte-identical, so this rewrites those files with their entries sorted, under names derived from
 * their content, and points the metadata and entry files at them. Written for Pagefind's 1.5
 * format ("pagefind_dcd" + CBOR, gzipped); the version is pinned in package.json.
 */

const MAGIC = Buffer.from('pagefind_dcd');

function read(bytes: Buffer): unknown {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('pagefind-stable: unexpected file format; check the Pagefind version');
  return decode(raw.subarray(MAGIC.length));
}

function write(value: unknown): Buffer {
  return gzipSync(Buffer.concat([MAGIC, Buffer.from(encode(value))]), { level: 9 });
}

function hash(bytes: Buffer, length: number): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, length);
}

type FilterFile = [string, [string, number[]][]];
type Meta = [string, unknown, unknown, [string, string][], ...unknown[]];

export async function stabilisePagefind(bundle: string): Promise<void> {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const language of Object.values(entry.languages)) {
    const metaPath = join(bundle, `pagefind.${language.hash}.pf_meta`);
    const meta = read(await readFile(metaPath)) as Meta;
    const prefix = language.hash.split('_')[0];
    const filters: [string, string][] = [];
    for (const [name, fileHash] of [...meta[3]].sort(([a], [b]) => a.localeCompare(b))) {
      const path = join(bundle, 'filter', `${fileHash}.pf_filter`);
      const [filterName, values] = read(await readFile(path)) as FilterFile;
      const sorted: FilterFile = [filterName, [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([v, pages]) => [v, [...pages].sort((x, y) => x - y)])];
      const bytes = write(sorted);
      const stable = `${prefix}_${hash(bytes, 7)}`;
      await rm(path);
      await writeFile(join(bundle, 'filter', `${stable}.pf_filter`), bytes);
      filters.push([name, stable]);
    }
    meta[3] = filters;
    const metaBytes = write(meta);
    const metaHash = `${prefix}_${hash(metaBytes, 10)}`;
    await rm(metaPath);
    await writeFile(join(bundle, `pagefind.${metaHash}.pf_meta`), metaBytes);
    language.hash = metaHash;
  }
  await writeFile(entryPath, JSON.stringify(entry));
}
