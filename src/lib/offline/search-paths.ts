/** Where the search page finds its scripts, relative to /search/ (src/pages/search/index.astro). */
export const SEARCH_SCRIPTS = { minisearch: 'minisearch.js', index: 'offline-index.js', page: 'search.js' } as const;

/**
 * The search page's script tags, in order, as HTML. Printed from here rather than written in the
 * page: Vite's dependency scan reads any `<script src>` in an .astro file, its frontmatter included,
 * as a module to bundle, and these are plain scripts, two of them written by the postbuild (or
 * served by scripts/dev-search.ts under npm run dev).
 */
export const SEARCH_SCRIPT_TAGS = [SEARCH_SCRIPTS.minisearch, SEARCH_SCRIPTS.index, SEARCH_SCRIPTS.page].map((src) => `<script src="${src}"></script>`).join(' ');

/**
 * MiniSearch's UMD build, relative to the project: it defines window.MiniSearch for a plain script
 * tag. The package does not export its path.
 */
export const MINISEARCH_UMD = 'node_modules/minisearch/dist/umd/index.js';
