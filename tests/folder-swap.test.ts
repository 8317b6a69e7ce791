import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestError } from '../src/lib/errors.ts';
import { newVersion, pathInside, publishVersion, versionsFolder } from '../src/lib/folder-swap-fs.ts';
import { replaceFolder } from '../src/lib/ingest-fs.ts';
import { redirectRules } from '../src/lib/url-manifest.ts';
import { checkPublishedUrls } from '../src/lib/validate-content.ts';

describe('replacing a folder whole', () => {
  let dir: string;
  let target: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tt-swap-'));
    target = join(dir, 'out');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes a link to a complete version and removes the one it replaced', async () => {
    await replaceFolder(target, new Map([['a.txt', 'one']]));
    const first = readdirSync(versionsFolder(target));
    await replaceFolder(target, new Map([['b/c.txt', 'two']]));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(existsSync(join(target, 'a.txt'))).toBe(false);
    expect(readFileSync(join(target, 'b/c.txt'), 'utf8')).toBe('two');
    const second = readdirSync(versionsFolder(target));
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
  });

  it('takes over a real folder left by the old scheme', async () => {
    mkdirSync(target);
    writeFileSync(join(target, 'old.txt'), 'old');
    await replaceFolder(target, new Map([['new.txt', 'new']]));
    expect(readdirSync(target)).toEqual(['new.txt']);
    expect(readdirSync(versionsFolder(target))).toHaveLength(1);
  });

  it('removes versions and links of processes that are gone, never the live one', async () => {
    await replaceFolder(target, new Map([['a.txt', 'live']]));
    // A process id that has ended: a child that has already exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    mkdirSync(join(versionsFolder(target), `${dead}-1-killed`));
    symlinkSync('nowhere', join(dir, `.out-link-${dead}-1-killed`));
    const next = await newVersion(target);
    expect(readdirSync(versionsFolder(target)).sort()).toHaveLength(2);
    expect(existsSync(join(versionsFolder(target), `${dead}-1-killed`))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.out-link-'))).toEqual([]);
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('live');
    await publishVersion(target, next);
  });

  it('refuses a path that would leave the folder, before writing anything', async () => {
    for (const path of ['../escape.txt', '/etc/escape.txt', 'a/../../escape.txt', 'nul\0.txt']) {
      expect(() => pathInside(target, path), path).toThrowError(IngestError);
    }
    await expect(replaceFolder(target, new Map([['ok.txt', 'x'], ['../escape.txt', 'x']]))).rejects.toThrowError(/outside/u);
    expect(existsSync(join(dir, 'escape.txt'))).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(versionsFolder(target))).toEqual([]);
  });
});

describe('the _redirects file', () => {
  it('writes one rule per redirect under the base path', () => {
    expect(redirectRules([['/gpa/38/', '/global-plan/38/']], '/prefix')).toBe('/prefix/gpa/38/ /prefix/global-plan/38/ 301\n');
  });

  it.each([
    ['/gpa/38/ https://example.org/', '/global-plan/38/'],
    ['/gpa/38/\n/x/', '/global-plan/38/'],
    ['/../outside/', '/global-plan/38/'],
    ['/gpa/38/', 'https://example.org/'],
  ])('refuses %j -> %j, which would add or change a rule', (from, to) => {
    expect(() => redirectRules([[from, to]], '')).toThrowError(/site paths/u);
  });
});

describe('URLs the corpus would publish', () => {
  it('must have the shape of the URL scheme', () => {
    expect(() => checkPublishedUrls(['/', '/global-plan/17bis/', '/data/corpus.json'])).not.toThrow();
    for (const url of ['/global-plan/../../x/', '/global plan/', '/a\nb/', '//evil.example/']) {
      expect(() => checkPublishedUrls([url]), url).toThrowError(/URL scheme/u);
    }
  });
});
