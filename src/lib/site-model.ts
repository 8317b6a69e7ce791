import type { Corpus } from './corpus.ts';
import { articleCitations, type StoredCiting } from './site/article-citations.ts';
import { backlinkGroups, storeBacklinkGroups, type StoredBacklinkGroup } from './site/backlink-groups.ts';
import { corpusIndex } from './site/corpus-index.ts';
import { definitionKey, termsUsed } from './site/definitions.ts';
import { historyAnchor, versions, type DiffCache, type StoredStep } from './site/history.ts';
import { hasInsertions, type RenderNode } from './unit-body.ts';

/**
 * What the pages show beyond `corpus.json`, computed by the ingest once per corpus rather than
 * once per page: each unit's rendered text, its drafting history with word diffs, and each
 * instrument's backlinks grouped for its pages. Written as `content/generated/site/<document>.json`
 * and `site/instruments.json`; the pages look everything up by key.
 */
export interface SiteUnit {
  body: RenderNode[];
  /** Whether the text marks insertions of tracked changes. */
  insertions: boolean;
  earlier: StoredStep[];
  later: StoredStep[];
  /** Where the unit stands on the drafting-history page, if it is in a chain. */
  historyAnchor: string | null;
  /** The defined terms the text uses (`definitionKey`), in the order of the instruments' definitions. */
  definitions: string[];
}

export interface SiteInstrument {
  backlinks: StoredBacklinkGroup[];
  /** Citing units by article number, then by the anchor of the paragraph cited ("" for the whole article). */
  articles: Record<string, Record<string, StoredCiting[]>>;
}

export interface SiteModel {
  /** By document id, then unit id: each document's is a file of its own, read when its pages are rendered. */
  units: Map<string, Record<string, SiteUnit>>;
  /** By instrument id. */
  instruments: Record<string, SiteInstrument>;
}

export function buildSiteModel(corpus: Corpus, bodies: ReadonlyMap<string, RenderNode[]>): SiteModel {
  const index = corpusIndex(corpus);
  const units = new Map<string, Record<string, SiteUnit>>();
  const diffs: DiffCache = new Map();
  for (const doc of corpus.documents) {
    const ofDocument: Record<string, SiteUnit> = {};
    units.set(doc.id, ofDocument);
    for (const unit of doc.units) {
      const key = `${doc.id}/${unit.id}`;
      const body = bodies.get(key);
      if (!body) throw new Error(`No rendered text for ${key}`);
      ofDocument[unit.id] = {
        body,
        insertions: hasInsertions(body),
        earlier: versions(index, key, 'parents', diffs),
        later: versions(index, key, 'children', diffs),
        historyAnchor: historyAnchor(index, doc, unit),
        definitions: termsUsed(unit.text, index.definitions).map(definitionKey),
      };
    }
  }
  const byArticle = articleCitations(corpus);
  const instruments: Record<string, SiteInstrument> = {};
  for (const instrument of corpus.instruments) {
    const articles: SiteInstrument['articles'] = {};
    for (const [article, anchors] of byArticle.get(instrument.id) ?? []) {
      articles[article] = Object.fromEntries(
        [...anchors].map(([anchor, citing]) => [anchor, citing.map((c) => ({ unit: `${c.doc.id}/${c.unit.id}`, sentence: c.sentence, pinpoint: c.pinpoint }))]),
      );
    }
    instruments[instrument.id] = { backlinks: storeBacklinkGroups(backlinkGroups(instrument, corpus)), articles };
  }
  return { units, instruments };
}
