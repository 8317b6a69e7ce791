import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Waits until the disk has taken everything written or deleted so far: the project copy just made,
 * and the previous build's folders just removed (tens of thousands of files at 100x). Called before
 * each build is measured, never between its steps, so that a build's figures do not include writing
 * back what came before it. It does not make this VM's disk steady: writing the same 10,000 small
 * files took from 0.6 s to 6.6 s at different times of one session (issue 13).
 */
export function settleDisk(): void {
  execFileSync('sync');
}

/**
 * Milliseconds to write 10,000 files of 1.5 KB in 100 folders of the temporary folder, where the
 * builds run: a unit page's folder and file, many times over, as the build writes them. The bench
 * prints it before and after the builds, so that its figures can be read against the disk's state.
 */
export function diskProbe(): number {
  const dir = mkdtempSync(join(tmpdir(), 'tt-disk-'));
  try {
    settleDisk();
    const page = Buffer.alloc(1536, 'x');
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const folder = join(dir, `d${i % 100}`, `u${i}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), page);
    }
    return performance.now() - started;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
