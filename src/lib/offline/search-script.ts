import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus.ts';
import { ADOPTED_BOOST, FACETS, SEARCH_OPTIONS, STATUS_ADOPTED, searchRecords } from './search-records.ts';

/**
 * `search/offline-index.js`: the script-tag search index of every unit, which sets
 * window.TT_OFFLINE_SEARCH for public/search/search.js. A plain script rather than JSON because
 * browsers refuse fetch from file://, where the offline copy runs.
 */
export function offlineSearchScript(corpus: Corpus): string {
  const index = new MiniSearch({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields], idField: 'id' });
  index.addAll(searchRecords(corpus));
  const payload = {
    options: { ...SEARCH_OPTIONS, idField: 'id' },
    index: index.toJSON(),
    facets: FACETS,
    adoptedBoost: ADOPTED_BOOST,
    adopted: STATUS_ADOPTED,
  };
  return `window.TT_OFFLINE_SEARCH = ${JSON.stringify(payload)};\n`;
}
