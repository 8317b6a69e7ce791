import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from '../project-copy.ts';
import { watchTreeMemory } from './process-memory.ts';

const PRELOAD = new URL('./max-rss.mjs', import.meta.url).href;

/** What one step of a build cost. */
export interface StepCost {
  ms: number;
  /** The step's peak memory in bytes: the highest sum over its processes (sampled), or Node's own exact peak if higher. */
  peakBytes: number;
  /** The highest high-water mark of each process name in the step (e.g. "pagefind_extend"), in bytes. */
  byName: Map<string, number>;
  stdout: string;
}

/** Runs `node <args>` in `cwd` as one measured step; rejects with the end of its output if it fails. */
export function runStep(cwd: string, args: string[]): Promise<StepCost> {
  const scratch = mkdtempSync(join(tmpdir(), 'tt-step-'));
  const rssFile = join(scratch, 'max-rss');
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PRELOAD, ...args], {
      cwd,
      env: buildEnv({ TT_BENCH_MAX_RSS: rssFile }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchTreeMemory(child.pid!);
    const stdout: string[] = [];
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => stdout.push(s));
    // Only the end is kept: Astro prints a line per page.
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-20_000)));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const { peakBytes, byName } = memory.stop();
      let nodePeak = 0;
      try {
        nodePeak = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // The step died before its exit handler ran; the samples stand.
      }
      rmSync(scratch, { recursive: true, force: true });
      const out = stdout.join('');
      if (code !== 0) {
        fail(new Error(`bench: node ${args.join(' ')} in ${cwd} failed (${signal ?? `exit ${code}`}):\n${(out.slice(-5_000) + stderr).trim()}`));
        return;
      }
      done({ ms, peakBytes: Math.max(peakBytes, nodePeak), byName, stdout: out });
    });
  });
}
