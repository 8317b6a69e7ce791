/**
 * `npm run add-document -- <file.txt> [--id <slug>] [--earlier <document-id>]`: copies a UN text
 * into content/sources/ byte for byte, reads what it says about itself, checks that it parses, and
 * appends its entry to content/documents.json. `npm run build` then publishes it.
 */
import { existsSync } from 'node:fs';
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeSource } from '../src/lib/add-document/describe.ts';
import { documentsFile } from '../src/lib/document-meta.ts';
import { IngestError } from '../src/lib/errors.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, earlier: { type: 'string' }, root: { type: 'string' } },
});
const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
const path = positionals[0];
if (!path || positionals.length > 1) {
  console.error('usage: npm run add-document -- <file.txt> [--id <slug>] [--earlier <document-id>]');
  process.exit(2);
}

try {
  const bytes = await readFile(path);
  const name = basename(path);
  const documentsPath = join(root, 'content', 'documents.json');
  const existing = documentsFile.parse(JSON.parse(await readFile(documentsPath, 'utf8')));
  const { meta, found, undecided } = describeSource(name, bytes, existing, {
    ...(values.id ? { id: values.id } : {}),
    ...(values.earlier ? { earlier: values.earlier } : {}),
  });
  // Parse it now: a text the build would refuse is refused here, before anything is written.
  const parsed = parseDocument(meta, new TextDecoder().decode(bytes), [], name);
  const target = join(root, 'content', 'sources', name);
  if (existsSync(target)) throw new IngestError('AddDocumentFailed', `content/sources/${name} already exists`, { file: path }, 'Rename the file or remove the old source and its entry.');
  await copyFile(path, `${target}.tmp`);
  await rename(`${target}.tmp`, target);
  await writeFile(`${documentsPath}.tmp`, `${JSON.stringify([...existing, meta], null, 2)}\n`);
  await rename(`${documentsPath}.tmp`, documentsPath);
  const items = parsed.units.reduce((n, u) => n + u.body.filter((b) => b.kind === 'item').length, 0);
  console.log(`add-document: ${meta.id} <- content/sources/${name}`);
  for (const line of found) console.log(`  found ${line}`);
  console.log(`  parsed ${parsed.units.length} units, ${items} sub-items, ${parsed.footnotes.length} footnotes`);
  for (const line of undecided) console.log(`  could not decide: ${line}`);
  console.log('  next: npm run build, then npm run manifest:add to record the new URLs');
} catch (error) {
  if (error instanceof IngestError) {
    console.error(error.format());
    console.error('add-document: stopped; nothing was written.');
    process.exit(1);
  }
  throw error;
}
