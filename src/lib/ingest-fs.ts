import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { IngestInput } from './ingest.ts';

/** Reads the ingest's inputs from a project folder. */
export async function readIngestInput(root: string): Promise<IngestInput> {
  const content = join(root, 'content');
  const sourceDir = join(content, 'sources');
  const sources = new Map<string, Uint8Array>();
  for (const name of (await readdir(sourceDir)).filter((n) => n.endsWith('.txt')).sort()) {
    sources.set(name, await readFile(join(sourceDir, name)));
  }
  // The instruments' own texts (content/instrument-texts/*.source.md), byte for byte.
  const instrumentTexts = new Map<string, Uint8Array>();
  const textDir = join(content, 'instrument-texts');
  if (existsSync(textDir)) {
    for (const name of (await readdir(textDir)).filter((n) => n.endsWith('.source.md')).sort()) instrumentTexts.set(name, await readFile(join(textDir, name)));
  }
  const manifestPath = join(content, 'url-manifest.json');
  return {
    documents: await readFile(join(content, 'documents.json'), 'utf8'),
    corrections: await readFile(join(content, 'corrections.json'), 'utf8'),
    instruments: await readFile(join(content, 'instruments.json'), 'utf8'),
    lineageOverrides: await readFile(join(content, 'lineage-overrides.json'), 'utf8'),
    manifest: existsSync(manifestPath) ? await readFile(manifestPath, 'utf8') : '{"urls":[]}',
    sources,
    instrumentTexts,
  };
}

/**
 * Writes the files (path within `target` → content) into a fresh folder beside `target`, then swaps
 * it in. A failure before the swap leaves the previous output exactly as it was.
 */
export async function replaceFolder(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(target), `.${basename(target)}-new-${stamp}`);
  const retired = join(dirname(target), `.${basename(target)}-old-${stamp}`);
  try {
    for (const [path, content] of files) {
      const full = join(staging, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
    }
    if (existsSync(target)) await rename(target, retired);
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
}
