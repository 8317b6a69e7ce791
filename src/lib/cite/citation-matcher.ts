import type { Generic, Instrument } from './instrument-registry.ts';

/**
 * Finds citations in running text: instruments by name, "article 6, paragraph 2, of the Protocol",
 * "the Convention" resolved by what the text named last, UN document symbols and resolution numbers.
 * Pure and stateful per unit: create a `CitationContext` for each unit, feed it text in order.
 */

export interface InstrumentCitation {
  kind: 'instrument';
  /** Instruments cited by this span (several for "its Protocols"). */
  instruments: string[];
  /** Articles cited ("24", "25"); empty when the whole instrument is meant. */
  articles: string[];
  quote: string;
}

export interface DocumentCitation {
  kind: 'document';
  symbols: string[];
  quote: string;
}

export type Citation = InstrumentCitation | DocumentCitation;

const BODIES: Record<string, (n: string) => string> = {
  'General Assembly': (n) => `A/RES/${n}`,
  GA: (n) => `A/RES/${n}`,
  'Economic and Social Council': (n) => `E/RES/${n}`,
  'Human Rights Council': (n) => `A/HRC/RES/${n}`,
  'Commission on Human Rights': (n) => `E/CN.4/RES/${n}`,
  'Security Council': (n) => `S/RES/${n}`,
};

const NUMBER = String.raw`\d{1,4}`;
const ARTICLE_LIST = String.raw`(\d+(?:\s*(?:,|and)\s*\d+)*)`;
const PARAGRAPHS = String.raw`(?:,?\s+(?:sub)?paragraphs?\s+\d+(?:\s*(?:,|and)\s*\d+)*(?:\s*\([a-z]\))?)?(?:,?\s+subparagraph\s+\([a-z]\))?`;
const GENERIC_NOUN = String.raw`(?:the|that)\s+(Convention|Protocol)\b(?!\s+(?:on|against|to|concerning|for|relating)\b)`;
const PROTOCOLS = String.raw`(?:its|the)\s+(?:Optional\s+)?Protocols(?:\s+thereto)?\b|Protocols\s+thereto\b`;
const BODY = Object.keys(BODIES).map((b) => b.replace(/ /gu, String.raw`\s+`)).join('|');
const RESOLUTION = String.raw`(?:(${BODY})\s+)?[Rr]esolutions?\s+(${NUMBER}/${NUMBER}(?:\s*(?:,|and)\s*${NUMBER}/${NUMBER})*)`;
/** "ILO Convention 29 and 182": several ILO conventions in one phrase. */
const ILO_LIST = String.raw`ILO\s+[Cc]onventions?\s+(?:No\.\s*)?\d+(?:\s*(?:,|and)\s*(?:No\.\s*)?\d+)+`;
const SYMBOL = String.raw`\b[A-Z][A-Z0-9]{0,9}(?:\.\d+)?(?:/(?:[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)){2,}`;

const ILO_LIST_RE = new RegExp(`^${ILO_LIST}$`, 'u');
const PROTOCOLS_RE = new RegExp(`^(?:${PROTOCOLS})$`, 'u');
const RESOLUTION_RE = new RegExp(`^${RESOLUTION}$`, 'u');
const BODY_RE = new RegExp(`^(?:${BODY})$`, 'u');
const SYMBOL_RE = new RegExp(`^${SYMBOL}$`, 'u');

interface CompiledInstrument {
  instrument: Instrument;
  re: RegExp;
  footnotes: RegExp[];
}

export class CitationMatcher {
  /** One regular expression for every kind of citation, for find-and-replace over text nodes. */
  readonly pattern: RegExp;
  private readonly names: CompiledInstrument[];
  private readonly articleRe: RegExp;
  private readonly nameSource: string;

  constructor(readonly registry: Instrument[]) {
    this.names = registry.map((instrument) => ({
      instrument,
      re: new RegExp(`^(?:${instrument.patterns.join('|')})$`, 'u'),
      footnotes: instrument.footnotes.map((p) => new RegExp(p, 'u')),
    }));
    // Longest first, so that "Protocol to Prevent ... supplementing the United Nations Convention
    // against Transnational Organized Crime" wins over the Convention's name inside it.
    this.nameSource = registry
      .flatMap((i) => i.patterns)
      .sort((a, b) => b.length - a.length)
      .map((p) => `(?:${p})`)
      .join('|');
    const target = `(?:the\\s+|that\\s+)?(${this.nameSource}|Convention\\b|Protocol\\b)`;
    this.articleRe = new RegExp(`^(?:[Aa]rticles?|Art\\.)\\s*(?:of\\s+)?${ARTICLE_LIST}${PARAGRAPHS},?\\s+of\\s+${target}$`, 'u');
    const article = `(?:[Aa]rticles?|Art\\.)\\s*(?:of\\s+)?\\d+(?:\\s*(?:,|and)\\s*\\d+)*${PARAGRAPHS},?\\s+of\\s+${target}`;
    this.pattern = new RegExp(`${article}|${ILO_LIST}|${this.nameSource}|${PROTOCOLS}|${GENERIC_NOUN}|${RESOLUTION}|${SYMBOL}|\\b(?:${BODY})\\b`, 'gu');
  }

  byName(text: string): Instrument | undefined {
    return this.names.find((n) => n.re.test(text))?.instrument;
  }

  /** Instruments a footnote's text identifies ("General Assembly resolution 55/25, annex I."). */
  byFootnote(text: string): Instrument[] {
    return this.names.filter((n) => n.footnotes.some((re) => re.test(text))).map((n) => n.instrument);
  }

  get(id: string): Instrument | undefined {
    return this.registry.find((i) => i.id === id);
  }

  context(defaults: { [noun in Generic]?: string | undefined } = {}): CitationContext {
    return new CitationContext(this, defaults);
  }

  /** Used by the context: the parts of an article reference. */
  parseArticle(text: string): { articles: string[]; target: string } | null {
    const m = this.articleRe.exec(text);
    if (!m) return null;
    return { articles: m[1]!.split(/\s*(?:,|and)\s*/u).filter(Boolean), target: m[2]! };
  }
}

/** Resolution state within one unit: what "the Convention" and "the Protocol" mean at this point. */
export class CitationContext {
  private readonly last: Partial<Record<Generic, string>> = {};
  private lastNamed: string | null = null;
  private lastBody: string | null = null;

  constructor(
    private readonly matcher: CitationMatcher,
    private readonly defaults: { [noun in Generic]?: string | undefined },
  ) {}

  private named(instrument: Instrument): string {
    if (instrument.generic) this.last[instrument.generic] = instrument.id;
    this.lastNamed = instrument.id;
    return instrument.id;
  }

  private generic(noun: Generic): string | undefined {
    return this.last[noun] ?? this.defaults[noun];
  }

  /** Classifies one match of `matcher.pattern`; null when it cites nothing (an unresolved "the Protocol"). */
  classify(text: string): Citation | null {
    const quote = text;
    const article = this.matcher.parseArticle(text);
    if (article) {
      const target = article.target;
      const instrument = /^(Convention|Protocol)$/u.test(target) ? this.generic(target as Generic) : this.resolveName(target);
      return instrument ? { kind: 'instrument', instruments: [instrument], articles: article.articles, quote } : null;
    }
    if (ILO_LIST_RE.test(text)) {
      const ids = [...text.matchAll(/\d+/gu)].map((m) => `ilo-c${m[0]}`).filter((id) => this.matcher.get(id));
      return ids.length > 0 ? { kind: 'instrument', instruments: ids, articles: [], quote } : null;
    }
    const byName = this.matcher.byName(text);
    if (byName) return { kind: 'instrument', instruments: [this.named(byName)], articles: [], quote };
    if (PROTOCOLS_RE.test(text)) {
      const parent = this.lastNamed ? this.matcher.get(this.lastNamed) : undefined;
      const owner = parent?.protocols.length ? parent : this.matcher.get(this.last.Convention ?? this.defaults.Convention ?? '');
      return owner && owner.protocols.length > 0 ? { kind: 'instrument', instruments: owner.protocols, articles: [], quote } : null;
    }
    const generic = /^(?:the|that)\s+(Convention|Protocol)$/u.exec(text);
    if (generic) {
      const id = this.generic(generic[1] as Generic);
      return id ? { kind: 'instrument', instruments: [id], articles: [], quote } : null;
    }
    const resolution = RESOLUTION_RE.exec(text);
    if (resolution) {
      const body = resolution[1]?.replace(/\s+/gu, ' ') ?? this.lastBody;
      if (!body) return null;
      this.lastBody = body;
      const numbers = resolution[2]!.split(/\s*(?:,|and)\s*/u).filter(Boolean);
      return { kind: 'document', symbols: numbers.map((n) => BODIES[body]!(n)), quote };
    }
    if (BODY_RE.test(text)) {
      this.lastBody = text.replace(/\s+/gu, ' ');
      return null;
    }
    if (SYMBOL_RE.test(text)) return { kind: 'document', symbols: [text], quote };
    return null;
  }

  private resolveName(name: string): string | undefined {
    const instrument = this.matcher.byName(name);
    return instrument ? this.named(instrument) : undefined;
  }
}

/** The official address of a UN document symbol (the UN Library's symbol resolver). */
export function symbolUrl(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}
