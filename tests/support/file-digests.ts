import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/files-under.ts';

/** SHA-256 of every file below `dir`, by relative path: to prove a folder unchanged or two alike. */
export function fileDigests(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((p) => [p, createHash('sha256').update(readFileSync(join(dir, p))).digest('hex')]));
}
