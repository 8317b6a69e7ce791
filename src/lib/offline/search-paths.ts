/** Where the search page finds its scripts, relative to /search/ (src/pages/search/index.astro). */
export const SEARCH_SCRIPTS = { minisearch: 'minisearch.js', index: 'offline-index.js', page: 'search.js' } as const;

/**
 * MiniSearch's UMD build, relative to the project: it defines window.MiniSearch for a plain script
 * tag. The package does not export its path.
 */
export const MINISEARCH_UMD = 'node_modules/minisearch/dist/umd/index.js';
