import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { Zip, type ZipInputFile } from 'fflate';

/** One file of a zip: its name in the zip and, when the zip comes to it, its bytes. */
export interface ZipInput {
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
}

/**
 * zlib's default level: level 9 took a third longer for 0.2 % less (10x corpus, issue 13), and
 * fflate's own deflate more than twice as long as zlib's at either level.
 */
const LEVEL = 6;
/** Files per message to a worker: one message per file cost more than deflating a small page. */
const BATCH_FILES = 32;
/** Batches sent and not yet written, per worker: enough to keep every worker busy, and memory flat. */
const AHEAD = 4;

interface Deflated {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Node's zlib on worker threads (scripts/deflate-worker.mjs). Deflating is most of a zip's work
 * (2.2 s of 5.3 s for the 10x corpus, issue 13), and the main thread reads and rewrites the next
 * pages meanwhile. Each worker answers its messages in order; answers are matched by id.
 */
class DeflatePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (d: Deflated[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./deflate-worker.mjs', import.meta.url));
      worker.on('message', ({ id, deflated }: { id: number; deflated: Deflated[] }) => {
        this.waiting.get(id)?.resolve(deflated);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => this.failAll(new Error(`zip: a deflate worker stopped (exit code ${code})`)));
      return worker;
    });
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  deflate(files: Uint8Array[]): Promise<Deflated[]> {
    const id = this.nextId++;
    const result = new Promise<Deflated[]>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // A buffer that shares its memory (Node's pool of small buffers) is copied; any other is handed over.
    const owned = files.map((f) => (f.byteOffset === 0 && f.byteLength === f.buffer.byteLength && f.buffer instanceof ArrayBuffer ? f : new Uint8Array(f)));
    this.workers[id % this.workers.length]!.postMessage({ id, level: LEVEL, files: owned }, owned.map((f) => f.buffer as ArrayBuffer));
    return result;
  }

  async close(): Promise<void> {
    for (const worker of this.workers) worker.removeAllListeners('exit');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** A zip entry whose bytes are already deflated: fflate writes the headers and data descriptor around them. */
function deflatedEntry(name: string, deflated: Deflated, mtime: Date): ZipInputFile {
  return { filename: name, size: deflated.size, crc: deflated.crc, compression: 8, mtime };
}

/**
 * Writes a zip of `inputs`, in their order, to `target`, compressing and writing files as they
 * come: memory holds the batches on their way through the workers and what the disk has not yet
 * taken, never the whole zip (a zip made in memory took 2.4 GB at 100 times the corpus, issue 13).
 * The same inputs give the same bytes with the same Node: every entry has `mtime`, the entries are
 * written in input order whichever worker finishes first, and nothing else depends on timing.
 *
 * Written to a temporary file beside `target` and renamed over it when complete, so a failed or
 * killed run never leaves half a zip under the real name.
 */
export async function writeZip(target: string, inputs: AsyncIterable<ZipInput> | Iterable<ZipInput>, mtime: Date): Promise<{ bytes: number; files: number }> {
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.partial`;
  const out = createWriteStream(temp);
  let bytes = 0;
  let files = 0;
  let failure = null as Error | null;
  out.on('error', (error) => {
    failure ??= error;
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure ??= error;
      return;
    }
    bytes += chunk.byteLength;
    out.write(chunk);
    if (final) out.end();
  });
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  const pool = new DeflatePool(workers);
  const sent: { names: string[]; deflated: Promise<Deflated[]> }[] = [];
  let batch: { names: string[]; files: Uint8Array[] } = { names: [], files: [] };
  const send = () => {
    if (batch.names.length === 0) return;
    sent.push({ names: batch.names, deflated: pool.deflate(batch.files) });
    batch = { names: [], files: [] };
  };
  const writeOldest = async () => {
    const { names, deflated } = sent.shift()!;
    for (const [i, d] of (await deflated).entries()) {
      const entry = deflatedEntry(names[i]!, d, mtime);
      zip.add(entry);
      entry.ondata!(null, d.data, true);
      files++;
    }
    if (failure) throw failure;
    // Waiting here lets the disk catch up before more is written.
    if (out.writableNeedDrain) await once(out, 'drain');
  };
  try {
    for await (const input of inputs) {
      batch.names.push(input.name);
      batch.files.push(await input.bytes());
      if (batch.names.length === BATCH_FILES) send();
      if (sent.length > AHEAD * workers) await writeOldest();
    }
    send();
    while (sent.length > 0) await writeOldest();
    zip.end();
    if (failure) throw failure;
    await finished(out);
    await rename(temp, target);
    return { bytes, files };
  } catch (error) {
    // Batches still with the workers are dropped with them; their promises are not awaited.
    for (const { deflated } of sent) deflated.catch(() => {});
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  } finally {
    await pool.close();
  }
}
