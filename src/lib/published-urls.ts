import type { Corpus } from './corpus.ts';
import { openDataUrls } from './open-data/files.ts';
import { articlePageUrl, glossaryUrl } from './urls.ts';

/** Every page URL the site publishes for a corpus: the set the URL manifest is checked against. */
export function publishedUrls(corpus: Corpus): Set<string> {
  const urls = new Set<string>(['/', '/search/', '/sitemap/', '/instruments/', '/drafting-history/', '/about/', '/data/corpus.json', '/download/trafficking-texts-offline.zip']);
  for (const doc of corpus.documents) {
    urls.add(doc.url);
    urls.add(doc.sourceUrl);
    for (const unit of doc.units) urls.add(unit.url);
  }
  for (const url of openDataUrls(corpus)) urls.add(url);
  if (corpus.instruments.some((i) => i.text)) urls.add(glossaryUrl());
  for (const instrument of corpus.instruments) {
    urls.add(instrument.url);
    for (const article of instrument.text?.articles ?? []) urls.add(articlePageUrl(instrument.id, article.number));
  }
  return urls;
}
