import type { CorpusInstrument } from '../corpus.ts';
import { paragraphAnchor } from '../instrument-text/parse-treaty.ts';

export interface Definition {
  /** The term as the instrument quotes it: "Trafficking in persons". */
  term: string;
  /** The whole sub-paragraph that defines it. */
  text: string;
  instrument: CorpusInstrument;
  article: string;
  /** "(a)", as printed. */
  label: string;
  /** Anchor on the article page: "3-a". */
  anchor: string;
}

/**
 * The terms an instrument defines: sub-paragraphs of its articles that open with a quoted term and
 * "shall mean" ("(a) “Trafficking in persons” shall mean ..."), as in a "Use of terms" article.
 */
export function definitionsOf(instrument: CorpusInstrument): Definition[] {
  const out: Definition[] = [];
  for (const article of instrument.text?.articles ?? []) {
    for (const p of article.paragraphs) {
      for (const s of p.subparagraphs) {
        const m = /^“([^”]+)”\s+shall\s+mean\b/u.exec(s.text);
        if (!m) continue;
        out.push({ term: m[1]!, text: s.text, instrument, article: article.number, label: s.label, anchor: paragraphAnchor(article.number, p.number, s.id) });
      }
    }
  }
  return out;
}

/** How a unit's entry in the site model names a definition. */
export function definitionKey(d: Definition): string {
  return `${d.instrument.id}#${d.anchor}`;
}

/** The definitions whose term a text uses (whole words, any case; "child" also in "children" is not counted). */
export function termsUsed(text: string, definitions: Definition[]): Definition[] {
  return definitions.filter((d) => termPattern(d.term).test(text));
}

/** Each term's pattern, compiled once: the ingest asks it of every unit. */
const patterns = new Map<string, RegExp>();

function termPattern(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    pattern = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')}\\b`, 'iu');
    patterns.set(term, pattern);
  }
  return pattern;
}
