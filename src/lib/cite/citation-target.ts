import { articlePageUrl, articleAnchor, instrumentUrl } from '../urls.ts';
import type { InstrumentCitation } from './citation-matcher.ts';
import type { Instrument } from './instrument-registry.ts';
import { pinpointAnchor } from './pinpoint.ts';

/**
 * Where a citation in a unit links to: the exact paragraph of the article where the site has the
 * instrument's text (`/instruments/<id>/article-<n>/#<n>-<p>`), else the article's backlinks on the
 * instrument's page (`#article-<n>`), else the instrument's page.
 */
export function citationTarget(registry: Instrument[]): (citation: InstrumentCitation) => string {
  const withText = new Set(registry.filter((i) => i.text).map((i) => i.id));
  return (citation) => {
    const id = citation.instruments[0]!;
    const first = citation.pinpoints[0];
    if (!first || first.provision !== 'article') return instrumentUrl(id);
    if (!withText.has(id)) return `${instrumentUrl(id)}#${articleAnchor(first.number)}`;
    const anchor = pinpointAnchor(first);
    return `${articlePageUrl(id, first.number)}${anchor ? `#${anchor}` : ''}`;
  };
}
