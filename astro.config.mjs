// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ingestOnChange } from './scripts/dev-ingest.ts';
import { searchInDev } from './scripts/dev-search.ts';
import { siteUrl } from './src/lib/site/origin.ts';

// Links between pages stay relative (the same build works at a root, under a base path and from disk);
// citations, canonical links and the sitemap are absolute, from the one canonical origin.
const site = siteUrl(process.env);

export default defineConfig({
  site,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Four pages at a time: a unit page is printed as one string, so writing it is much of its cost,
  // and overlapping the writes took the Astro step at 10x from 13.6 s to 11.3 s (issue 13).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  integrations: [sitemap(), ingestOnChange(), searchInDev()],
  // The texts are quoted in reports: punctuation stays exactly as the source prints it.
  markdown: { smartypants: false, gfm: false },
  devToolbar: { enabled: false },
  // The stylesheet and the unit page's script are files every page shares (and a browser caches), never
  // inlined into each page as data: URLs.
  vite: { build: { assetsInlineLimit: 0 } },
});
