import { readFileSync } from 'node:fs';
import { documentsFile, correctionsFile } from '../src/lib/document-meta.ts';
import { parseDocument } from '../src/lib/parse/parse-document.ts';
import { IngestError } from '../src/lib/errors.ts';
import { plainText } from '../src/lib/parse/inline.ts';
const root = '/work/main/content/';
const docs = documentsFile.parse(JSON.parse(readFileSync(root + 'documents.json', 'utf8')));
const corr = correctionsFile.parse(JSON.parse(readFileSync(root + 'corrections.json', 'utf8')));
for (const d of docs) {
  try {
    const p = parseDocument(d, readFileSync(root + 'sources/' + d.source, 'utf8'), corr);
    console.log(d.id, p.units.length, 'units', p.footnotes.length, 'fn', p.front.length, 'front', p.back.length, 'back', p.sections.length, 'sections');
    if (process.argv[2] === d.id) for (const u of p.units) console.log(' ', u.id, u.status, u.section?.slice(0,20), u.sourceLines, u.body.map(b => (b.kind === 'item' ? `[${b.id}] ` : b.kind === 'bullet' ? '[-] ' : '') + plainText(b.inlines).slice(0, 50)).join(' | '), u.notes.length ? 'notes:' + u.notes.length : '', u.footnoteIds.join(','));
  } catch (e) { if (e instanceof IngestError) console.log(e.format()); else throw e; }
}
if (process.argv[3]) {
  const d = docs.find((x) => x.id === process.argv[2])!;
  const p = parseDocument(d, readFileSync(root + 'sources/' + d.source, 'utf8'), corr);
  const u = p.units.find((x) => x.id === process.argv[3])!;
  console.log(JSON.stringify({ ...u, body: u.body.map((b) => ({ ...b, text: plainText(b.inlines), inlines: undefined })) }, null, 1));
}
