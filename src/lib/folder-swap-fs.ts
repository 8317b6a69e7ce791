/**
 * Build output that is replaced whole, with no instant at which it is missing or half-written.
 *
 * A folder such as `dist` or `content/generated` is a symbolic link to one complete version in a
 * hidden folder beside it (`.dist-versions/<version>`). A new version is written in full next to
 * the live one, then published by renaming a new link over the old one: rename(2) replaces the link
 * atomically, so every reader finds either the old version or the new one. Two renames of folders
 * (the old scheme) leave a moment where the target does not exist; a kill at that moment loses it.
 *
 * Versions left by killed runs are removed by the next run (only those whose process is gone).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { IngestError } from './errors.ts';

/** The hidden folder that holds the versions of `target`. */
export function versionsFolder(target: string): string {
  return join(dirname(target), `.${basename(target)}-versions`);
}

const linkPrefix = (target: string) => `.${basename(target)}-link-`;

/** The version folder `target` links to now, or null (no output yet, or an old-style real folder). */
function liveVersion(target: string): string | null {
  try {
    if (!lstatSync(target).isSymbolicLink()) return null;
    return resolve(dirname(target), readlinkSync(target));
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Versions and links of runs whose process has ended (killed, or crashed before cleaning up). */
async function removeStale(target: string): Promise<void> {
  const versions = versionsFolder(target);
  const live = liveVersion(target);
  const stale = (name: string) => {
    const pid = Number(/^(\d+)-/u.exec(name)?.[1]);
    return !Number.isInteger(pid) || !processAlive(pid);
  };
  if (existsSync(versions)) {
    for (const name of readdirSync(versions)) {
      const path = join(versions, name);
      if (path !== live && stale(name)) await rm(path, { recursive: true, force: true });
    }
  }
  for (const name of readdirSync(dirname(target))) {
    if (name.startsWith(linkPrefix(target)) && stale(name.slice(linkPrefix(target).length))) {
      await rm(join(dirname(target), name), { force: true });
    }
  }
}

/**
 * A fresh, empty folder for the next version of `target`, after removing what killed runs left.
 * Write into it, then `publishVersion`; on failure, `discardVersion`.
 */
export async function newVersion(target: string): Promise<string> {
  await removeStale(target);
  const folder = join(versionsFolder(target), `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(folder, { recursive: true });
  return folder;
}

export async function discardVersion(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Makes `version` (from `newVersion(target)`) the live `target` in one rename, then removes the one it replaced. */
export async function publishVersion(target: string, version: string): Promise<void> {
  const previous = liveVersion(target);
  const link = join(dirname(target), `${linkPrefix(target)}${basename(version)}`);
  await symlink(relative(dirname(target), version), link, 'dir');
  let legacy: string | null = null;
  if (previous === null && existsSync(target)) {
    // A real folder from before this scheme: it cannot be replaced by a link atomically. Moved aside
    // just before the link takes its place; this happens once per checkout.
    legacy = join(versionsFolder(target), `${process.pid}-legacy-${Date.now()}`);
    await rename(target, legacy);
  }
  await rename(link, target);
  if (previous && previous !== resolve(version)) await rm(previous, { recursive: true, force: true });
  if (legacy) await rm(legacy, { recursive: true, force: true });
}

/** The full path of `path` under `folder`, refusing any path that would resolve outside it. */
export function pathInside(folder: string, path: string): string {
  const root = resolve(folder);
  const full = resolve(root, path);
  if (!full.startsWith(root + sep) || path.includes('\0')) {
    throw new IngestError(
      'PathOutsideFolder',
      `the output path ${JSON.stringify(path)} would be written outside ${folder}`,
      { file: path },
      'Ids and URLs in content become file paths: they may not contain "..", absolute paths or NUL. Correct the id or URL that produced it.',
    );
  }
  return full;
}

/** Writes files (path within `folder` -> content) into `folder`, each checked to stay inside it. */
export async function writeFilesUnder(folder: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of files) {
    const full = pathInside(folder, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}
