/**
 * `node --import tsx scripts/bench/bare-zip.ts <folder> <zip>`: the bench's bare zip, every file of
 * a folder (but Pagefind's) through the offline copy's own zip code, without the link rewrite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files-under.ts';
import { writeZip, type ZipInput } from '../zip-stream.ts';

const [folder, target] = process.argv.slice(2);
if (!folder || !target) throw new Error('usage: bare-zip.ts <folder> <zip>');

function* files(site: string): Generator<ZipInput> {
  for (const path of filesUnder(site, (p) => p === 'pagefind')) yield { name: path, bytes: () => readFileSync(join(site, path)) };
}

const zip = await writeZip(target, files(folder), new Date('2010-07-30T00:00:00Z'));
console.log(`bare zip: ${zip.files} files, ${(zip.bytes / 1024 / 1024).toFixed(1)} MB`);
