// Loaded with --import into each step that scripts/bench.ts runs: at exit, writes the process's own
// peak resident size in bytes (getrusage, exact, where sampling /proc could miss a short peak) to the
// file named by TT_BENCH_MAX_RSS. Plain JavaScript because the Astro step runs without tsx.
import { writeFileSync } from 'node:fs';

const file = process.env.TT_BENCH_MAX_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
