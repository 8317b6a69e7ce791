import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../scripts/project-copy.ts';
import { ROOT } from './support/project.ts';

const run = promisify(execFile);

describe('types', () => {
  it('astro check finds no error or warning (TypeScript strictest, .astro files included)', async () => {
    let output = '';
    try {
      const { stdout } = await run(process.execPath, ['node_modules/astro/astro.js', 'check'], { cwd: ROOT, env: buildEnv(), maxBuffer: 16 * 1024 * 1024 });
      output = stdout;
    } catch (e) {
      output = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
    }
    const plain = output.replace(/\x1b\[[0-9;]*m/gu, '');
    expect(plain.split('\n').filter((l) => / - (error|warning) /u.test(l))).toEqual([]);
    expect(plain).toMatch(/- 0 errors\s+- 0 warnings/u);
  }, 120_000);
});
