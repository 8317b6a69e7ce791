import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { nuErrors } from '../support/nu-checker.ts';
import { ROOT } from '../support/project.ts';
import { sitePages } from '../support/site-crawl.ts';

describe('HTML', () => {
  it('every page of dist/ is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of sitePages(`${ROOT}dist`)) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('every page of dist/ passes the W3C Nu Html Checker (vnu)', async () => {
    const pages = sitePages(`${ROOT}dist`);
    expect(pages.length).toBeGreaterThan(100);
    // A control page in the same run proves the checker reports: the redirect form the site used
    // to emit, `0;url=` without a space, is an error for it.
    const control = join(mkdtempSync(join(tmpdir(), 'tt-nu-')), 'control.html');
    writeFileSync(control, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><meta http-equiv="refresh" content="0;url=a/"></head><body></body></html>');
    try {
      const errors = await nuErrors([...pages.map((p) => p.file), control], `${ROOT}dist`);
      expect(errors.filter((e) => e.includes('control.html')).join('\n')).toMatch(/content/u);
      expect(errors.filter((e) => !e.includes('control.html')).slice(0, 20)).toEqual([]);
    } finally {
      rmSync(dirname(control), { recursive: true, force: true });
    }
  }, 240_000);
});
