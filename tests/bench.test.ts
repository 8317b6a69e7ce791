import { describe, expect, it } from 'vitest';
import { multiplyContent } from '../scripts/bench/multiply-corpus.ts';
import { parseProcStatus } from '../scripts/bench/process-memory.ts';
import { formatReport, parsePostbuildTimes, totals, type ScaleResult } from '../scripts/bench/report.ts';

describe('the bench corpus, multiplied', () => {
  const content = {
    documents: [
      { id: 'draft', source: 'draft.txt', abbreviation: 'D', title: 'Draft' },
      { id: 'plan', source: 'plan.txt', abbreviation: 'P', lineage: { from: 'draft' } },
    ],
    corrections: [{ source: 'plan.txt', line: 3 }],
    overrides: [{ from: 'draft/29', to: 'plan/28', kind: 'merged' }],
  };

  it('gives each copy its own ids, source file, corrections and drafting chain', () => {
    const many = multiplyContent(content, 3);
    expect(many.documents.map((d) => [d.id, d.source, d.abbreviation, d.lineage?.from])).toEqual([
      ['draft', 'draft.txt', 'D', undefined],
      ['draft-copy-1', 'draft-copy-1.txt', 'Dx1', undefined],
      ['draft-copy-2', 'draft-copy-2.txt', 'Dx2', undefined],
      ['plan', 'plan.txt', 'P', 'draft'],
      ['plan-copy-1', 'plan-copy-1.txt', 'Px1', 'draft-copy-1'],
      ['plan-copy-2', 'plan-copy-2.txt', 'Px2', 'draft-copy-2'],
    ]);
    expect(many.documents[1]).toMatchObject({ title: 'Draft' });
    expect(many.corrections).toEqual([{ source: 'plan.txt', line: 3 }, { source: 'plan-copy-1.txt', line: 3 }, { source: 'plan-copy-2.txt', line: 3 }]);
    expect(many.overrides.map((o) => [o.from, o.to])).toEqual([
      ['draft/29', 'plan/28'],
      ['draft-copy-1/29', 'plan-copy-1/28'],
      ['draft-copy-2/29', 'plan-copy-2/28'],
    ]);
    expect(many.sourceCopies).toEqual([
      ['draft.txt', 'draft-copy-1.txt'],
      ['draft.txt', 'draft-copy-2.txt'],
      ['plan.txt', 'plan-copy-1.txt'],
      ['plan.txt', 'plan-copy-2.txt'],
    ]);
  });

  it('is the corpus itself once', () => {
    expect(multiplyContent(content, 1)).toEqual({ ...content, sourceCopies: [] });
  });
});

describe('process memory from /proc', () => {
  it('reads the resident size and its high-water mark', () => {
    expect(parseProcStatus('Name:\tpagefind_extend\nUmask:\t0022\nVmHWM:\t  421000 kB\nVmRSS:\t  398000 kB\n')).toEqual({ name: 'pagefind_extend', rssKb: 398000, hwmKb: 421000 });
  });
  it('has nothing for a process without memory (a zombie)', () => {
    expect(parseProcStatus('Name:\tnode\nState:\tZ (zombie)\n')).toBeNull();
  });
});

describe('the bench report', () => {
  const s = (ms: number, mb: number | null = null) => ({ ms, peakBytes: mb === null ? null : mb * 1024 * 1024 });
  const result: ScaleResult = {
    label: '1x',
    pages: 1000,
    ingest: s(2000, 200),
    astro: s(20_000, 900),
    postbuild: s(8000, 600),
    openData: s(500),
    pagefind: s(4000, 300),
    offlineSearch: s(400),
    offlineZip: s(5000),
    bareAstro: s(16_000, 500),
    barePagefind: s(2000, 100),
    bareZip: s(2000, 150),
  };

  it('adds the steps and compares them with the bare build', () => {
    expect(totals(result)).toEqual({ full: s(30_000, 900), bareFull: s(20_000, 500), astroRatio: 1.25, fullRatio: 1.5 });
  });

  it('prints a row per step, time, ms per page and peak memory per corpus size', () => {
    expect(formatReport([result])).toBe(
      [
        '                      1x: 1000 pages',
        'step                         s ms/page peak MB',
        'ingest                     2.0    2.00     200',
        'astro                     20.0   20.00     900',
        'postbuild                  8.0    8.00     600',
        '  open data                0.5    0.50       ·',
        '  pagefind *               4.0    4.00     300',
        '  offline search           0.4    0.40       ·',
        '  offline zip              5.0    5.00       ·',
        'full build                30.0   30.00     900',
        'bare astro                16.0   16.00     500',
        'bare pagefind              2.0    2.00     100',
        'bare zip                   2.0    2.00     150',
        'bare full                 20.0   20.00     500',
        'astro / bare astro       1.25x',
        'full / bare full         1.50x',
      ].join('\n'),
    );
  });

  it('reads the postbuild parts from its output, and says so when one is missing', () => {
    const out = 'open data: 1331 files in 437 ms\noffline search: 353 ms\npagefind: indexed 652 pages in 3775 ms\noffline: 2212 files, 7.0 MB zipped in 5365 ms\n';
    expect(parsePostbuildTimes(out)).toEqual({ openData: 437, pagefind: 3775, offlineSearch: 353, offlineZip: 5365 });
    expect(() => parsePostbuildTimes('open data: 1 files in 2 ms\n')).toThrow(/no time for Pagefind/u);
  });
});
