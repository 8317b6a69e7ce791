// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The canonical origin is only known where the site is hosted; without it the build still works
// everywhere (all links are relative) and skips what needs absolute URLs (sitemap.xml).
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), ...(site ? [sitemap()] : [])],
  // The texts are quoted in reports: punctuation stays exactly as the source prints it.
  markdown: { smartypants: false, gfm: false },
  devToolbar: { enabled: false },
});
