import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { discardVersion, newVersion, publishVersion, writeFilesUnder } from './folder-swap-fs.ts';
import { IngestError } from './errors.ts';
import type { IngestInput } from './ingest.ts';
import { TOOL_OUTPUT_FOLDERS } from './validate-content.ts';

/**
 * The first path segments the site serves itself: the static names in src/pages and public/ of this
 * code (not of the content folder being ingested), and the folders the build's tools write.
 */
export async function siteRoutes(): Promise<Set<string>> {
  const routes = new Set<string>(TOOL_OUTPUT_FOLDERS);
  for (const folder of ['../pages', '../../public']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    if (!existsSync(dir)) continue;
    for (const name of await readdir(dir)) {
      // `[document]` and `[...legacy]` are the routes documents and redirects fill; `index` is `/`.
      if (name.startsWith('[') || name.startsWith('.')) continue;
      const route = name.replace(/\.(?:astro|md|mdx|ts|js)$/u, '').replace(/\.html$/u, '');
      if (route !== 'index') routes.add(route);
    }
  }
  return routes;
}

function missing(file: string): IngestError {
  return new IngestError('ContentFileMissing', 'this content file is missing', { file }, 'Restore it from version control (git checkout -- <file>); an empty list is written as [].');
}

/** Reads the ingest's inputs from a project folder. */
export async function readIngestInput(root: string): Promise<IngestInput> {
  const content = join(root, 'content');
  const sourceDir = join(content, 'sources');
  const sources = new Map<string, Uint8Array>();
  if (!existsSync(sourceDir)) throw missing('content/sources/');
  for (const name of (await readdir(sourceDir)).filter((n) => n.endsWith('.txt')).sort()) {
    // A link could publish any file of the machine that builds the site; a folder is no text.
    if (!(await lstat(join(sourceDir, name))).isFile()) {
      throw new IngestError(
        'SourceNotRegularFile',
        'the source is a symbolic link or a folder, not a file',
        { file: `content/sources/${name}` },
        'Copy the source text itself into content/sources/ (sources are kept byte for byte in the repository).',
      );
    }
    sources.set(name, await readFile(join(sourceDir, name)));
  }
  // The instruments' own texts (content/instrument-texts/*.source.md), byte for byte.
  const instrumentTexts = new Map<string, Uint8Array>();
  const textDir = join(content, 'instrument-texts');
  if (existsSync(textDir)) {
    for (const name of (await readdir(textDir)).filter((n) => n.endsWith('.source.md')).sort()) instrumentTexts.set(name, await readFile(join(textDir, name)));
  }
  const manifestPath = join(content, 'url-manifest.json');
  const required = async (name: string) => {
    const path = join(content, name);
    if (!existsSync(path)) throw missing(`content/${name}`);
    return readFile(path, 'utf8');
  };
  return {
    documents: await required('documents.json'),
    corrections: await required('corrections.json'),
    instruments: await required('instruments.json'),
    lineageOverrides: await required('lineage-overrides.json'),
    manifest: existsSync(manifestPath) ? await readFile(manifestPath, 'utf8') : null,
    sources,
    instrumentTexts,
    reservedIds: await siteRoutes(),
  };
}

/**
 * Writes the files (path within `target` -> content) as a new version of `target` and publishes it
 * in one atomic rename (folder-swap-fs.ts). A failure or a kill at any point leaves the previous
 * output exactly as it was, and `target` exists at every instant.
 */
export async function replaceFolder(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const version = await newVersion(target);
  try {
    await writeFilesUnder(version, files);
    await publishVersion(target, version);
  } catch (error) {
    await discardVersion(version);
    throw error;
  }
}
