import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/**
 * Pagefind (1.5) writes its filter indexes in hash-map order, which changes from run to run
 * (Pagefind issue #638: "filter/metadata indexes" still change). Two builds of the same site must be
 * byte-identical, so this rewrites those files with their entries sorted, under names derived from
 * their content, and points the metadata and entry files at them. Written for Pagefind's 1.5
 * format ("pagefind_dcd" + CBOR, gzipped); the version is pinned in package.json.
 *
 * Works on the bundle in memory (path within the bundle → bytes), as `index.getFiles()` returns it.
 */

export type Bundle = Map<string, Uint8Array>;

const MAGIC = Buffer.from('pagefind_dcd');

/** The value in one of Pagefind's binary index files (gzip of "pagefind_dcd" + CBOR). */
export function readPagefindFile(bytes: Uint8Array, path: string): unknown {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error(`pagefind-stable: ${path} is not in Pagefind 1.5's format; check the Pagefind version pinned in package.json`);
  }
  return decode(raw.subarray(MAGIC.length));
}

export function writePagefindFile(value: unknown): Uint8Array {
  return gzipSync(Buffer.concat([MAGIC, Buffer.from(encode(value))]), { level: 9 });
}

function hash(bytes: Uint8Array, length: number): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, length);
}

function take(bundle: Bundle, path: string): Uint8Array {
  const bytes = bundle.get(path);
  if (!bytes) throw new Error(`pagefind-stable: the bundle has no ${path}; check the Pagefind version pinned in package.json`);
  bundle.delete(path);
  return bytes;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type FilterFile = [string, [string, number[]][]];
type Meta = [string, unknown, unknown, [string, string][], ...unknown[]];

/** A copy of the bundle whose filter, metadata and entry files no longer depend on hash-map order. */
export function stabilisePagefind(input: Bundle): Bundle {
  const bundle: Bundle = new Map(input);
  const entry = JSON.parse(Buffer.from(take(bundle, 'pagefind-entry.json')).toString('utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  for (const language of Object.values(entry.languages)) {
    const metaPath = `pagefind.${language.hash}.pf_meta`;
    const meta = readPagefindFile(take(bundle, metaPath), metaPath) as Meta;
    const prefix = language.hash.split('_')[0];
    const filters: [string, string][] = [];
    for (const [name, fileHash] of [...meta[3]].sort(([a], [b]) => byCodePoint(a, b))) {
      const path = `filter/${fileHash}.pf_filter`;
      const [filterName, values] = readPagefindFile(take(bundle, path), path) as FilterFile;
      const sorted: FilterFile = [
        filterName,
        [...values].sort(([a], [b]) => byCodePoint(a, b)).map(([value, pages]) => [value, [...pages].sort((x, y) => x - y)]),
      ];
      const bytes = writePagefindFile(sorted);
      const stable = `${prefix}_${hash(bytes, 7)}`;
      bundle.set(`filter/${stable}.pf_filter`, bytes);
      filters.push([name, stable]);
    }
    meta[3] = filters;
    const metaBytes = writePagefindFile(meta);
    const metaHash = `${prefix}_${hash(metaBytes, 10)}`;
    bundle.set(`pagefind.${metaHash}.pf_meta`, metaBytes);
    language.hash = metaHash;
  }
  bundle.set('pagefind-entry.json', Buffer.from(JSON.stringify(entry)));
  return bundle;
}
