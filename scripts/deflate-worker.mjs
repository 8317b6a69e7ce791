// The zip's compression on a worker thread (scripts/zip-stream.ts): each message is a batch of
// files, answered with their CRC-32, size and raw deflate stream, in the same order. Plain
// JavaScript, because a worker starts without the TypeScript loader that the build and the tests
// run under; it needs nothing but Node's zlib.
import { parentPort } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';

/** A view that owns its whole buffer, so that it can be transferred without taking anything else along. */
const own = (/** @type {Uint8Array} */ bytes) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));

parentPort?.on('message', (/** @type {{ id: number, level: number, files: Uint8Array[] }} */ { id, level, files }) => {
  const deflated = files.map((bytes) => ({ crc: crc32(bytes), size: bytes.byteLength, data: own(deflateRawSync(bytes, { level })) }));
  parentPort?.postMessage({ id, deflated }, deflated.map((d) => d.data.buffer));
});
