/**
 * `npm run build` killed at several points (SIGKILL to its whole process group, as a closed
 * terminal or a cancelled CI job would): the previous dist/ and content/generated still serve,
 * byte for byte; the next build removes what the killed ones left and publishes a whole site,
 * with dist/ present at every instant of the swap.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, copyProject } from '../scripts/project-copy.ts';
import { fileDigests } from './support/file-digests.ts';
import { ROOT } from './support/project.ts';

interface Run {
  /** The `build: <step>` lines printed before the run ended. */
  steps: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * Runs the build in `dir`; with `killAt`, kills it `afterMs` after it announces that step.
 * `whileRunning` is called every few milliseconds until the run ends.
 */
function build(dir: string, killAt?: { step: string; afterMs: number }, whileRunning: () => void = () => {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: dir, env: buildEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const steps: string[] = [];
    let pending = '';
    const poll = setInterval(whileRunning, 2);
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const step = /^build: (\w+)/u.exec(line)?.[1];
        if (!step) continue;
        steps.push(step);
        if (step === killAt?.step) setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), killAt.afterMs);
      }
    });
    child.stderr.resume();
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      done({ steps, code, signal });
    });
  });
}

function versions(dir: string, target: string): string[] {
  const folder = join(dir, target);
  return existsSync(folder) ? readdirSync(folder) : [];
}

describe('a build killed part-way', () => {
  let copy: string;
  let site: Map<string, string>;
  let generated: Map<string, string>;
  beforeAll(async () => {
    copy = copyProject(ROOT, 'tt-kill-');
    const first = await build(copy);
    expect(first.code).toBe(0);
    site = fileDigests(join(copy, 'dist'));
    generated = fileDigests(join(copy, 'content/generated'));
  }, 120_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it.each([
    ['ingest', 600],
    ['astro', 2500],
    ['postbuild', 1000],
  ])('during %s (%i ms in) leaves the previous dist/ and content/generated whole', async (step, afterMs) => {
    const run = await build(copy, { step, afterMs });
    expect(run.signal).toBe('SIGKILL');
    // Killed within the step: the next one never started and nothing was published.
    expect(run.steps[run.steps.length - 1]).toBe(step);
    expect(fileDigests(join(copy, 'dist'))).toEqual(site);
    expect(fileDigests(join(copy, 'content/generated'))).toEqual(generated);
  }, 120_000);

  it('is followed by a build that cleans up after it and swaps in a whole site, dist/ present throughout', async () => {
    expect(versions(copy, '.dist-versions').length).toBeGreaterThan(1);
    let missing = 0;
    let checks = 0;
    const run = await build(copy, undefined, () => {
      checks++;
      if (!existsSync(join(copy, 'dist/index.html')) || !existsSync(join(copy, 'content/generated/corpus.json'))) missing++;
    });
    expect(run.code).toBe(0);
    expect(checks).toBeGreaterThan(100);
    expect(missing).toBe(0);
    expect(lstatSync(join(copy, 'dist')).isSymbolicLink()).toBe(true);
    expect(versions(copy, '.dist-versions')).toHaveLength(1);
    expect(versions(copy, 'content/.generated-versions')).toHaveLength(1);
    expect(readdirSync(copy).filter((n) => n.startsWith('.dist-link-'))).toEqual([]);
    // The build is deterministic: the same content gives the same site again.
    expect(fileDigests(join(copy, 'dist'))).toEqual(site);
  }, 120_000);
});
