import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the browser tests look for Chromium: `CHROMIUM_PATH`, else Debian's package. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? DEBIAN_CHROMIUM;

/** What the test command does about Chromium before anything else runs. */
export type ChromiumPlan = { action: 'use' } | { action: 'install'; command: string } | { action: 'stop'; message: string };

const APT_INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * Decides from the machine's state, without touching it: a root user with apt-get gets Debian's
 * chromium installed; anyone else is told in one line how to get it, before a build is wasted.
 */
export function chromiumPlan(state: { path: string; present: boolean; root: boolean; apt: boolean }): ChromiumPlan {
  if (state.present) return { action: 'use' };
  // Installing Debian's package only helps when the tests look where it installs to.
  if (state.root && state.apt && state.path === DEBIAN_CHROMIUM) return { action: 'install', command: APT_INSTALL };
  return {
    action: 'stop',
    message:
      `Chromium not found at ${state.path}: the browser tests need it. Install it with ` +
      `\`sudo ${APT_INSTALL.replace('&& apt-get', '&& sudo apt-get')}\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.`,
  };
}

/** Vitest global setup step: makes sure Chromium is there, or stops the run with one clear line. */
export function ensureChromium(): void {
  const plan = chromiumPlan({
    path: CHROMIUM_PATH,
    present: existsSync(CHROMIUM_PATH),
    root: process.getuid?.() === 0,
    apt: existsSync('/usr/bin/apt-get'),
  });
  if (plan.action === 'use') return;
  if (plan.action === 'stop') throw new Error(plan.message);
  process.stderr.write(`Chromium not found at ${CHROMIUM_PATH}; installing Debian's chromium: ${plan.command}\n`);
  try {
    execSync(plan.command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    throw new Error(`Installing chromium failed (\`${plan.command}\`, see above): install it by hand or set CHROMIUM_PATH.`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Installed chromium, but ${CHROMIUM_PATH} is still missing: set CHROMIUM_PATH to the Chromium binary.`);
}
