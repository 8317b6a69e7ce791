import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDigests } from './support/file-digests.ts';
import { ROOT } from './support/project.ts';

const run = promisify(execFile);
const GPA = '000_a421e8aa060b97b4.txt';

async function ingestAt(root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `${ROOT}scripts/ingest.ts`, '--root', root], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fingerprint of every file under a folder, to prove it was left alone. */
function fingerprint(dir: string): string {
  return JSON.stringify([...fileDigests(dir)]);
}

describe('npm run ingest on bad input', () => {
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'tt-ingest-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true, filter: (src) => !src.includes('generated') });
    const first = await ingestAt(root);
    expect(first.code, first.stderr).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the generated content on good input', () => {
    expect(existsSync(join(root, 'content/generated/corpus.json'))).toBe(true);
    expect(existsSync(join(root, 'content/generated/site/units/global-plan.json'))).toBe(true);
    // content/generated is a link to the one live version; nothing else is left beside it.
    expect(readdirSync(join(root, 'content')).filter((n) => n.startsWith('.generated'))).toEqual(['.generated-versions']);
    expect(readdirSync(join(root, 'content/.generated-versions'))).toHaveLength(1);
  });

  it('refuses an edited source by checksum, exits non-zero and leaves the output untouched', async () => {
    const before = fingerprint(join(root, 'content/generated'));
    const path = join(root, 'content/sources', GPA);
    const original = readFileSync(path);
    writeFileSync(path, Buffer.concat([original, Buffer.from('\n62. An invented paragraph;\n')]));
    try {
      const result = await ingestAt(root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`content/sources/${GPA}`);
      expect(result.stderr).toContain('TT008 SourceChecksumMismatch');
      expect(fingerprint(join(root, 'content/generated'))).toBe(before);
    } finally {
      writeFileSync(path, original);
    }
  }, 60_000);

  it('names the file and line of a line it cannot read, and leaves the output untouched', async () => {
    const before = fingerprint(join(root, 'content/generated'));
    const sourcePath = join(root, 'content/sources', GPA);
    const metaPath = join(root, 'content/documents.json');
    const original = readFileSync(sourcePath, 'utf8');
    const originalMeta = readFileSync(metaPath, 'utf8');
    const lines = original.split('\n');
    lines.splice(245, 0, '', '%%% garbage from a broken conversion %%%', '');
    const broken = lines.join('\n');
    writeFileSync(sourcePath, broken);
    const sha = createHash('sha256').update(broken).digest('hex');
    writeFileSync(metaPath, originalMeta.replace(/"sha256": "bb84[0-9a-f]+"/u, `"sha256": "${sha}"`));
    try {
      const result = await ingestAt(root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`content/sources/${GPA}:247`);
      expect(result.stderr).toContain('TT001 UnrecognisedLine');
      expect(result.stderr).toContain('hint:');
      expect(fingerprint(join(root, 'content/generated'))).toBe(before);
    } finally {
      writeFileSync(sourcePath, original);
      writeFileSync(metaPath, originalMeta);
    }
  }, 60_000);

  it('refuses a redirect that climbs out of the site, exits 1, and writes nothing anywhere', async () => {
    const before = fingerprint(join(root, 'content/generated'));
    const path = join(root, 'content/url-manifest.json');
    const original = readFileSync(path, 'utf8');
    const manifest = JSON.parse(original) as { redirects: Record<string, string> };
    manifest.redirects['/../../escaped/'] = '/global-plan/38/';
    writeFileSync(path, JSON.stringify(manifest));
    try {
      const result = await ingestAt(root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('content/url-manifest.json');
      expect(result.stderr).toContain('TT011 InvalidManifest');
      expect(result.stderr).not.toMatch(/\n\s+at /u);
      expect(existsSync(join(root, '..', 'escaped'))).toBe(false);
      expect(fingerprint(join(root, 'content/generated'))).toBe(before);
    } finally {
      writeFileSync(path, original);
    }
  }, 60_000);

  it('refuses a missing URL manifest instead of reading it as empty', async () => {
    const path = join(root, 'content/url-manifest.json');
    const original = readFileSync(path, 'utf8');
    rmSync(path);
    try {
      const result = await ingestAt(root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('TT030 ManifestFileMissing');
    } finally {
      writeFileSync(path, original);
    }
  }, 60_000);

  it('refuses a source that is a symbolic link (it could publish any file of the build machine)', async () => {
    const path = join(root, 'content/sources', GPA);
    const original = readFileSync(path);
    rmSync(path);
    symlinkSync('/etc/hostname', path);
    try {
      const result = await ingestAt(root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`content/sources/${GPA}`);
      expect(result.stderr).toContain('TT042 SourceNotRegularFile');
    } finally {
      rmSync(path);
      writeFileSync(path, original);
    }
  }, 60_000);

  it('names a missing content file instead of crashing', async () => {
    const path = join(root, 'content/corrections.json');
    const original = readFileSync(path);
    rmSync(path);
    try {
      const result = await ingestAt(root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('content/corrections.json\n  error TT043 ContentFileMissing');
    } finally {
      writeFileSync(path, original);
    }
  }, 60_000);
});
