/**
 * The bench's bare Astro projects: as many plain pages of the corpus's texts as the site has pages
 * (the baseline), or, for `npm run bench -- --mdx`, the same with the corpus as one MDX file per
 * document, MDX's coarsest structure (units used to be one MDX module each). Set against the plain
 * baseline of the same run, the difference is MDX's cost alone (compiling and bundling the corpus's
 * text as code), before any of the site's own pages.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep, settleDisk, type StepCost } from './run-step.ts';

/** Markdown's and MDX's syntax characters, escaped so that a text stays text. */
export function mdxText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/gu, (c) => `\\${c}`).replace(/\n/gu, ' ');
}

/** One MDX file per document: each unit a paragraph in an element with the unit's anchor. */
export function documentMdx(title: string, units: { id: string; text: string }[]): string {
  const body = units.map((u) => `<div id="${u.id.replace(/[^\w-]/gu, '')}">\n\n${mdxText(u.text)}\n\n</div>`).join('\n\n');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;
}

export interface CorpusDocumentTexts {
  id: string;
  units: { id: string; text: string }[];
}

/**
 * Writes into `dir` a bare Astro project of `pages` plain pages of `texts`; with `mdx`, the documents
 * (`factor` times over) are one MDX page each and the plain pages make up the rest.
 */
export function writeBareProject(dir: string, root: string, pages: number, texts: string[], mdx?: { documents: CorpusDocumentTexts[]; factor: number }): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'texts.json'), JSON.stringify(texts));
  let documentPages = 0;
  if (mdx) {
    writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n");
    mkdirSync(join(dir, 'documents'));
    mkdirSync(join(dir, 'src/pages/doc'));
    for (const doc of mdx.documents) {
      for (let copy = 0; copy < mdx.factor; copy++) {
        writeFileSync(join(dir, 'documents', `${doc.id}-${copy}.mdx`), documentMdx(doc.id, doc.units));
        documentPages++;
      }
    }
    writeFileSync(
      join(dir, 'src/content.config.ts'),
      "import { glob } from 'astro/loaders';\nimport { defineCollection, z } from 'astro:content';\nexport const collections = { documents: defineCollection({ loader: glob({ pattern: '*.mdx', base: './documents' }), schema: z.object({ title: z.string() }) }) };\n",
    );
    writeFileSync(
      join(dir, 'src/pages/doc/[id].astro'),
      "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('documents')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"en\"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n",
    );
  } else {
    writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  }
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nimport texts from '../../texts.json';\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages - documentPages} }, (_, i) => ({ params: { n: String(i) }, props: { text: texts[i % texts.length] } }));\n}\nconst { text } = Astro.props;\n---\n<html lang="en"><head><title>Page {Astro.params.n}</title></head><body><h1>Page {Astro.params.n}</h1><p>{text}</p></body></html>\n`,
  );
}

/** Bare Astro with `pages` pages, of which the documents (`factor` times over) are one MDX page each. */
export async function bareAstroWithMdx(root: string, pages: number, texts: string[], documents: CorpusDocumentTexts[], factor: number): Promise<StepCost> {
  const dir = mkdtempSync(join(tmpdir(), 'tt-bare-mdx-'));
  try {
    writeBareProject(dir, root, pages, texts, { documents, factor });
    settleDisk();
    return await runStep(dir, ['node_modules/astro/astro.js', 'build']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
