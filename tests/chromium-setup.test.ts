import { describe, expect, it } from 'vitest';
import { chromiumPlan } from './support/chromium.ts';

describe('Chromium for the browser tests', () => {
  const path = '/usr/bin/chromium';
  it('uses Chromium when it is there', () => {
    expect(chromiumPlan({ path, present: true, root: false, apt: false })).toEqual({ action: 'use' });
  });
  it("installs Debian's chromium when missing and running as root with apt-get", () => {
    expect(chromiumPlan({ path, present: false, root: true, apt: true })).toEqual({
      action: 'install',
      command: 'apt-get update && apt-get install -y chromium',
    });
  });
  it('otherwise stops with one line that says how to install it', () => {
    for (const state of [
      { path, present: false, root: false, apt: true },
      { path, present: false, root: true, apt: false },
      { path: '/opt/elsewhere/chrome', present: false, root: true, apt: true },
    ]) {
      const plan = chromiumPlan(state);
      expect(plan.action).toBe('stop');
      if (plan.action !== 'stop') continue;
      expect(plan.message).not.toContain('\n');
      expect(plan.message).toContain(state.path);
      expect(plan.message).toContain('apt-get install -y chromium');
      expect(plan.message).toContain('CHROMIUM_PATH');
    }
  });
});
