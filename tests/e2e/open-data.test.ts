import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusSchema, type Corpus } from '../../src/lib/corpus.ts';
import { documentIdentity } from '../../src/lib/open-data/akn-iri.ts';
import { corpusJsonSchema } from '../../src/lib/open-data/json-schema.ts';
import { validateAkn } from '../support/akn-schema.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const dist = `${ROOT}dist`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const corpus: Corpus = corpusSchema.parse(JSON.parse(read('data/corpus.json')));
const units = corpus.documents.flatMap((doc) => doc.units.map((unit) => ({ doc, unit })));
/** One unit of each document, with sub-items where the document has them. */
const samples = corpus.documents.map((doc) => ({ doc, unit: doc.units.find((u) => u.subitems.length > 0) ?? doc.units[0]! }));

function refreshTarget(html: string, from: string): string {
  const content = parseHtml(html).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  return new URL(content.replace(/^0; url=/u, ''), `http://site.invalid${from}`).pathname;
}

function jsonLd(path: string): Record<string, unknown> {
  const scripts = parseHtml(read(path)).querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, path).toHaveLength(1);
  return JSON.parse(scripts[0]!.textContent) as Record<string, unknown>;
}

describe('the open data in the built site', () => {
  it('corpus.json validates against the JSON Schema published beside it, which is the one generated from the zod schema', () => {
    const schema = JSON.parse(read('data/corpus.schema.json')) as object;
    expect(schema).toEqual(JSON.parse(JSON.stringify(corpusJsonSchema())));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const data = JSON.parse(read('data/corpus.json')) as { schemaVersion: number; documents: { units: Record<string, unknown>[] }[] };
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.schemaVersion).toBe(1);
    // The schema is not a formality: a unit without its text is refused.
    const broken = structuredClone(data);
    delete broken.documents[0]!.units[0]!['text'];
    expect(validate(broken)).toBe(false);
  });

  it('every document has an Akoma Ntoso file that validates against the schema', async () => {
    const files = corpus.documents.map((d) => ({ fileName: `${d.id}.xml`, contents: read(`${d.id}/akn.xml`) }));
    expect(await validateAkn(files)).toEqual([]);
  });

  it('the CSV files read back with a CSV parser, one row per unit and per citation', () => {
    const options = { bom: true, columns: true } as const;
    const unitRows = parseCsv(read('data/units.csv'), options) as Record<string, string>[];
    const citationRows = parseCsv(read('data/citations.csv'), options) as Record<string, string>[];
    expect(unitRows).toHaveLength(units.length);
    expect(unitRows.map((r) => `${r['document']}/${r['unit']}`)).toEqual(units.map(({ doc, unit }) => `${doc.id}/${unit.id}`));
    expect(unitRows.map((r) => r['text'])).toEqual(units.map(({ unit }) => unit.text));
    expect(citationRows).toHaveLength(units.reduce((n, { unit }) => n + unit.references.length, 0));
    for (const row of citationRows) expect(existsSync(join(dist, row['pinpoint']!.replace(/#.*$/u, ''), 'index.html')), row['pinpoint']).toBe(true);
  });

  it('every unit has its data.json and an AKN alias that leads to its page; its page links both data files', () => {
    for (const { doc, unit } of units) {
      expect(JSON.parse(read(`${unit.url}data.json`)), unit.url).toEqual(unit);
      expect(unit.akn, unit.url).toMatch(/^\/akn\/un\//u);
      expect(refreshTarget(read(`${unit.akn}/index.html`), `${unit.akn}/`), unit.akn).toBe(unit.url);
      const links = parseHtml(read(`${unit.url}index.html`)).querySelectorAll('link[rel="alternate"]');
      const targets = links.map((l) => new URL(l.getAttribute('href')!, `http://site.invalid${unit.url}`).pathname);
      expect(targets, unit.url).toEqual([`${unit.url}data.json`, `/${doc.id}/akn.xml`]);
    }
    const redirects = read('_redirects');
    for (const doc of corpus.documents) {
      const identity = documentIdentity(doc, corpus.documents);
      for (const iri of [doc.akn!, identity.expressionThis]) {
        expect(refreshTarget(read(`${iri}/index.html`), `${iri}/`), iri).toBe(doc.url);
        expect(redirects).toContain(`${iri} ${doc.url} 301\n`);
      }
      expect(redirects).toContain(`${identity.manifestationThis} /${doc.id}/akn.xml 301\n`);
    }
  });

  it('unit pages describe themselves in schema.org JSON-LD: identifier, the document they are part of, the instruments they cite', () => {
    for (const { doc, unit } of units) {
      const data = jsonLd(`${unit.url}index.html`);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Legislation');
      expect(data['legislationIdentifier']).toEqual([unit.akn]);
      expect(data['isPartOf']).toMatchObject({ '@type': 'Legislation', name: doc.title, legislationIdentifier: [doc.symbol, doc.akn].filter(Boolean) });
      const cited = [...new Set(unit.references.map((r) => r.instrument))].map((id) => corpus.instruments.find((i) => i.id === id)!.title);
      expect((data['citation'] as { name: string }[]).map((c) => c.name)).toEqual(cited);
      expect(data['text']).toBe(unit.text);
    }
  });

  it('document pages describe the document and each of its parts', () => {
    for (const doc of corpus.documents) {
      const data = jsonLd(`${doc.url}index.html`);
      expect(data).toMatchObject({ '@type': 'Legislation', name: doc.title, legislationType: doc.kind });
      expect((data['hasPart'] as unknown[]).length).toBe(doc.units.length);
    }
  });
});

describe('AKN identifiers resolve in a browser', () => {
  let browser: Browser;
  let server: StaticServer;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(dist);
    dir = mkdtempSync(join(tmpdir(), 'tt-akn-'));
    const entries = unzipSync(readFileSync(`${dist}/download/trafficking-texts-offline.zip`));
    for (const [name, bytes] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on the hosted site, an IRI as a tool asks for it (no trailing slash) lands on the paragraph', async () => {
    const page = await browser.newPage();
    for (const { unit } of samples) {
      await page.goto(`${server.origin}${encodeURI(unit.akn!)}`);
      await page.waitForURL(`${server.origin}${unit.url}`);
      expect(await page.locator('h1').count()).toBe(1);
    }
    await page.close();
  });

  it('in the offline copy, the alias page and data.json are there and the alias leads to the paragraph', async () => {
    const site = join(dir, 'trafficking-texts');
    const page = await browser.newPage();
    for (const { unit } of samples) {
      expect(JSON.parse(readFileSync(join(site, unit.url, 'data.json'), 'utf8'))).toEqual(unit);
      await page.goto(pathToFileURL(join(site, unit.akn!, 'index.html')).href);
      await page.waitForURL(pathToFileURL(join(site, unit.url, 'index.html')).href);
    }
    await page.close();
  });
});
