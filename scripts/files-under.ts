import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `dir`, as sorted '/'-separated paths relative to it. `skip` leaves out a file or
 * a whole folder by its relative path, so a folder another step is writing to at the time (Pagefind's)
 * is never read.
 */
export function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (skip(path)) continue;
      // A link counts as what it points to, as statSync sees it.
      const stats = entry.isSymbolicLink() ? statSync(join(dir, path)) : entry;
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile()) found.push(path);
    }
  };
  walk('');
  return found.sort();
}
