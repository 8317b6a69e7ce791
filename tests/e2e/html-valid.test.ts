import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
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
});
