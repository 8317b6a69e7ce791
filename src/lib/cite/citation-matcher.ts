import type { Pinpoint } from './pinpoint.ts';
import { PROVISION_START, readProvisions } from './provision-grammar.ts';
import type { Generic, Instrument } from './instrument-registry.ts';

/**
 * Finds citations in running text, left to right: instruments by name, abbreviation or series
 * ("the Political Declarations of 2017 and 2021"), provision references read by the grammar in
 * provision-grammar.ts and attached to what they belong to ("of the Protocol", "its article 6",
 * "the Tokyo Rules, rule 6.1", "of General Assembly resolution 64/293"), "the Convention" resolved
 * by what the text named last, UN document symbols and resolution numbers. Pure; the state of one
 * unit (what "the Convention" means at this point) lives in a `CitationContext`.
 */

interface Span {
  /** Offset of the first character in the text scanned. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The words of the text that make the citation. */
  quote: string;
}

export interface InstrumentCitation extends Span {
  kind: 'instrument';
  /** Instruments cited by this span (several for "its Protocols"). */
  instruments: string[];
  /** Provisions cited; empty when the whole instrument is meant. */
  pinpoints: Pinpoint[];
}

export interface DocumentCitation extends Span {
  kind: 'document';
  symbols: string[];
}

/** A provision reference with nothing in its sentence to attach it to ("guideline 8, ... contained in the report"). */
export interface PendingProvision extends Span {
  kind: 'provision';
  pinpoints: Pinpoint[];
}

export type Citation = InstrumentCitation | DocumentCitation | PendingProvision;

/** A phrase shaped like an instrument's name that the registry does not know. */
export interface UnknownName {
  name: string;
  start: number;
}

/** Bodies whose resolution numbers have a symbol; null where the body's resolutions have no symbol of that form. */
const BODIES: Record<string, ((n: string) => string) | null> = {
  'General Assembly': (n) => `A/RES/${n}`,
  GA: (n) => `A/RES/${n}`,
  'Economic and Social Council': (n) => `E/RES/${n}`,
  'Human Rights Council': (n) => `A/HRC/RES/${n}`,
  'Commission on Human Rights': (n) => `E/CN.4/RES/${n}`,
  'Security Council': (n) => `S/RES/${n}`,
  'Commission on Crime Prevention and Criminal Justice': null,
  'Commission on the Status of Women': null,
  'Conference of the Parties': null,
};

const RES_NUMBER = String.raw`(?:S-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4}|\d{1,4}\s?[A-Z]\s?\([IVXL]+\))`;
const GENERIC_NOUN = String.raw`(?:the|that)\s+(?:Convention|Protocol)\b(?!\s+(?:on|against|to|concerning|for|relating|of)\b)`;
const PROTOCOLS = String.raw`(?:its|the)\s+(?:[Oo]ptional\s+)?[Pp]rotocols(?:\s+thereto)?\b|Protocols\s+thereto\b`;
const BODY = Object.keys(BODIES).map((b) => b.replace(/ /gu, String.raw`\s+`)).join('|');
const RESOLUTION = String.raw`(?:(?:${BODY})\s+)?[Rr]esolutions?\s+${RES_NUMBER}(?:\s*(?:,|and)\s*${RES_NUMBER})*`;
const ILO_LIST = String.raw`ILO\s+[Cc]onventions?\s+(?:No\.\s*)?\d+(?:\s*(?:,|and)\s*(?:No\.\s*)?\d+)+`;
const SYMBOL = String.raw`\b[A-Z][A-Z0-9]{0,9}(?:\.\d+)?(?:/(?:[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)){2,}`;
/** What joins a provision reference to what it belongs to: "article 6, of the Protocol", "paragraph 44 of resolution 64/293". */
const TARGET_JOIN = /^,?\s+(?:of|in|under)\s+(?:the\s+annex\s+to\s+)?/u;
/** What may stand between an instrument's name and the provisions that follow it: "the Tokyo Rules, rule 6.1". */
const PREFIX_GAP = /^\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?\s*,\s*(?:in\s+particular\s+|see\s+|including\s+)?$/u;
/** Words that make a capitalised phrase look like an instrument's name. */
const INSTRUMENT_NOUNS = String.raw`(?:Convention|Protocol|Declaration|Covenant|Charter|Agenda|Compact|Principles|Guidelines|Rules|Strategies|Agreement|Plan\s+of\s+Action|Programme\s+of\s+Action|Platform\s+for\s+Action)s?`;
const CANDIDATE = new RegExp(String.raw`\b(?:\d{4}\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|the|and|for|against|to|in))*?\s+${INSTRUMENT_NOUNS}\b`, 'gu');

function literal(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, String.raw`\s+`);
}

function splitList(list: string): string[] {
  return list.split(/\s*(?:,|\band\b)\s*/u).filter(Boolean);
}

/** "Resolution 70/1" is the General Assembly's, "resolution 2006/27" the Council's: the UN numbers them so. */
export function resolutionSymbol(number: string, body: string | null): string | null {
  const compact = number.replace(/\s+/gu, ' ').trim();
  const old = /^(\d{1,4}) ?[A-Z] ?\(([IVXL]+)\)$/u.exec(compact);
  if (old) return body && body !== 'General Assembly' && body !== 'GA' ? null : `A/RES/${old[1]}(${old[2]})`;
  if (body) return BODIES[body]?.(compact) ?? null;
  return /^\d{4}\//u.test(compact) ? `E/RES/${compact}` : `A/RES/${compact}`;
}

type Kind = 'provision' | 'series' | 'ilo' | 'name' | 'protocols' | 'generic' | 'resolution' | 'symbol' | 'body';

interface Compiled {
  instrument: Instrument;
  re: RegExp;
}

export class CitationMatcher {
  /** One expression with a named group per citation form, tried left to right. */
  private readonly master: RegExp;
  private readonly sticky: RegExp;
  private readonly names: Compiled[];
  private readonly bySymbol = new Map<string, Instrument>();
  private readonly byVolume = new Map<string, Instrument>();
  private readonly footnoteRes: { instrument: Instrument; re: RegExp }[];
  private readonly series: Map<string, Instrument[]>;
  private readonly knownName: RegExp;

  constructor(readonly registry: Instrument[]) {
    const sources = (i: Instrument) => [...i.names.map(literal), ...i.patterns, ...i.abbreviations.map((a) => `\\b${literal(a)}\\b(?![/.]\\w)`)];
    this.names = registry.filter((i) => sources(i).length > 0).map((instrument) => ({ instrument, re: new RegExp(`^(?:${sources(instrument).join('|')})$`, 'u') }));
    for (const i of registry) for (const s of i.symbols) this.bySymbol.set(s, i);
    for (const i of registry) for (const v of i.treatySeries) this.byVolume.set(v, i);
    this.footnoteRes = registry.flatMap((instrument) => instrument.footnotes.map((p) => ({ instrument, re: new RegExp(p, 'u') })));
    this.series = new Map();
    for (const i of registry) if (i.series) this.series.set(i.series.noun, [...(this.series.get(i.series.noun) ?? []), i]);
    // Longest first, so that "Protocol to Prevent ... supplementing the United Nations Convention
    // against Transnational Organized Crime" wins over the Convention's name inside it.
    const nameSource = registry
      .flatMap(sources)
      .sort((a, b) => b.length - a.length)
      .map((p) => `(?:${p})`)
      .join('|');
    this.knownName = new RegExp(nameSource, 'u');
    const nouns = [...this.series.keys()].map(literal).join('|') || '(?!)';
    const seriesSource = String.raw`\b(?:(?:${nouns})s?\s+of\s+\d{4}(?:\s*(?:,|and)\s*\d{4})*|\d{4}\s+(?:${nouns}))\b`;
    const source = [
      `(?<provision>(?:\\b[Ii]ts\\s+)?${PROVISION_START})`,
      `(?<series>${seriesSource})`,
      `(?<ilo>${ILO_LIST})`,
      `(?<name>${nameSource})`,
      `(?<protocols>${PROTOCOLS})`,
      `(?<generic>${GENERIC_NOUN})`,
      `(?<resolution>${RESOLUTION})`,
      `(?<symbol>${SYMBOL})`,
      `(?<body>\\b(?:${BODY})\\b)`,
    ].join('|');
    this.master = new RegExp(source, 'gu');
    this.sticky = new RegExp(source, 'uy');
  }

  get(id: string): Instrument | undefined {
    return this.registry.find((i) => i.id === id);
  }

  byName(text: string): Instrument | undefined {
    return this.names.find((n) => n.re.test(text))?.instrument;
  }

  /** The instrument a symbol identifies alone ("A/RES/64/293"), if any. */
  bySymbolAlone(symbol: string): Instrument | undefined {
    return this.bySymbol.get(symbol);
  }

  /** Instruments a footnote's text identifies by registration or by its own patterns. */
  byFootnote(text: string): Instrument[] {
    const found = this.footnoteRes.filter((f) => f.re.test(text)).map((f) => f.instrument);
    // "Treaty Series, vol. 2131, No. 20378; and vols. 2171, 2173 and 2983, No. 27531": every group
    // of volumes with its registration number; "993/14531" in the registry tells apart two treaties
    // registered in one volume.
    if (/Treaty\s+Series/u.test(text)) {
      for (const group of text.matchAll(/\bvols?\.\s+((?:\d+(?:\s*,\s*|\s+and\s+)?)+?)(?:,\s*No\.\s*(\d+))?(?=[;.,]|$)/gu)) {
        for (const v of splitList(group[1]!)) {
          const i = (group[2] && this.byVolume.get(`${v.trim()}/${group[2]}`)) || this.byVolume.get(v.trim());
          if (i) found.push(i);
        }
      }
    }
    return [...new Set(found)];
  }

  context(defaults: { [noun in Generic]?: string | undefined } = {}): CitationContext {
    return new CitationContext(this, defaults);
  }

  /** @internal used by the context */
  next(text: string, from: number): { kind: Kind; index: number; value: string } | null {
    this.master.lastIndex = from;
    const m = this.master.exec(text);
    return m ? classifyMatch(m) : null;
  }

  /** @internal a citation form that starts exactly at `at` */
  at(text: string, at: number): { kind: Kind; index: number; value: string } | null {
    this.sticky.lastIndex = at;
    const m = this.sticky.exec(text);
    return m ? classifyMatch(m) : null;
  }

  /** @internal */
  seriesMembers(noun: string, years: string[]): Instrument[] {
    return (this.series.get(noun) ?? []).filter((i) => years.includes(i.series!.year));
  }

  /** @internal */
  seriesNouns(): string[] {
    return [...this.series.keys()];
  }

  /** Phrases shaped like an instrument's name, outside every citation found, that no registry name matches. */
  unknownNames(text: string, citations: Citation[]): UnknownName[] {
    const out: UnknownName[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      let name = m[0];
      let start = m.index;
      // A sentence's opening verb ("Recalling Convention ...") is not part of a name.
      const verb = /^(?:[A-Z][a-z]+ing\s+)?(?:(?:the|of|on|and|for|against|to|in)\s+)*/u.exec(name);
      if (verb?.[0]) {
        name = name.slice(verb[0].length);
        start += verb[0].length;
      }
      if (!/^[A-Z0-9]/u.test(name) || /^(?:The|This|That|Those|These|Its|Their)\s/u.test(name) && !/\s[A-Z]/u.test(name.slice(4))) continue;
      const end = start + name.length;
      if (citations.some((c) => c.start < end && start < c.end)) continue;
      if (/\bpresent\s+$/u.test(text.slice(Math.max(0, start - 8), start))) continue; // "the present Political Declaration": the text itself
      if (this.knownName.test(name)) continue;
      out.push({ name: name.replace(/\s+/gu, ' '), start });
    }
    return out;
  }
}

function classifyMatch(m: RegExpExecArray): { kind: Kind; index: number; value: string } {
  const groups = m.groups!;
  const kind = (Object.keys(groups) as Kind[]).find((k) => groups[k] !== undefined)!;
  return { kind, index: m.index, value: m[0] };
}

/** Resolution state within one unit: what "the Convention", "the Protocol" and "its" mean at this point. */
export class CitationContext {
  private readonly last: Partial<Record<Generic, string>> = {};
  private lastNamed: string | null = null;
  private lastBody: string | null = null;

  constructor(
    private readonly matcher: CitationMatcher,
    private readonly defaults: { [noun in Generic]?: string | undefined },
  ) {}

  /** Every citation in `text`, in order, with its offsets. */
  scan(text: string): Citation[] {
    const out: Citation[] = [];
    let pos = 0;
    for (;;) {
      const m = this.matcher.next(text, pos);
      if (!m) break;
      const found = m.kind === 'provision' ? this.provision(text, m.index, out) : this.classify(m.kind, m.value, m.index);
      const end = found.length > 0 ? Math.max(...found.map((c) => c.end)) : m.index + m.value.length;
      out.push(...found);
      pos = Math.max(end, m.index + 1);
    }
    return out;
  }

  private named(instrument: Instrument): string {
    if (instrument.generic) this.last[instrument.generic] = instrument.id;
    this.lastNamed = instrument.id;
    return instrument.id;
  }

  private generic(noun: Generic): string | undefined {
    return this.last[noun] ?? this.defaults[noun];
  }

  private classify(kind: Kind, value: string, start: number): Citation[] {
    const span = { start, end: start + value.length, quote: value };
    const instrument = (ids: string[]): Citation[] => (ids.length > 0 ? [{ kind: 'instrument', instruments: ids, pinpoints: [], ...span }] : []);
    switch (kind) {
      case 'name': {
        const found = this.matcher.byName(value);
        return found ? instrument([this.named(found)]) : [];
      }
      case 'series': {
        const noun = this.matcher.seriesNouns().find((n) => value.includes(n));
        const years = value.match(/\d{4}/gu) ?? [];
        const members = noun ? this.matcher.seriesMembers(noun, years) : [];
        for (const i of members) this.named(i);
        return instrument(members.map((i) => i.id));
      }
      case 'ilo':
        return instrument([...value.matchAll(/\d+/gu)].map((x) => `ilo-c${x[0]}`).filter((id) => this.matcher.get(id)));
      case 'protocols': {
        const parent = this.lastNamed ? this.matcher.get(this.lastNamed) : undefined;
        const owner = parent?.protocols.length ? parent : this.matcher.get(this.last.Convention ?? this.defaults.Convention ?? '');
        return instrument(owner?.protocols ?? []);
      }
      case 'generic': {
        const id = this.generic(/Convention$/u.test(value) ? 'Convention' : 'Protocol');
        if (id) this.lastNamed = id;
        return instrument(id ? [id] : []);
      }
      case 'resolution': {
        const body = /^(.*?)\s*[Rr]esolutions?\s/u.exec(value)![1]!.replace(/\s+/gu, ' ') || null;
        if (body) this.lastBody = body;
        const numbers = value.slice(value.search(/[Rr]esolutions?\s/u)).replace(/^[Rr]esolutions?\s+/u, '').split(/\s*(?:,|\band\b)\s*/u).filter(Boolean);
        const symbols = numbers.map((n) => resolutionSymbol(n, body ?? this.lastBody)).filter((s): s is string => s !== null);
        return symbols.length > 0 ? [{ kind: 'document', symbols, ...span }] : [];
      }
      case 'symbol':
        return [{ kind: 'document', symbols: [value], ...span }];
      case 'body':
        this.lastBody = value.replace(/\s+/gu, ' ');
        return [];
      default:
        return [];
    }
  }

  /** A provision reference at `index`, attached to what it belongs to. */
  private provision(text: string, index: number, before: Citation[]): Citation[] {
    const its = /^[Ii]ts\s+/u.exec(text.slice(index));
    const keyword = index + (its?.[0].length ?? 0);
    const read = readProvisions(text, keyword);
    if (!read) return [];
    // "articles 5 and 6 thereof": the instrument named last.
    const thereof = /^,?\s+thereof\b/u.exec(text.slice(read.end));
    if (thereof && this.lastNamed) {
      const end = read.end + thereof[0].length;
      return [{ kind: 'instrument', instruments: [this.lastNamed], pinpoints: read.pinpoints, start: index, end, quote: text.slice(index, end) }];
    }
    const join = TARGET_JOIN.exec(text.slice(read.end));
    if (join) {
      let at = read.end + join[0].length;
      // "paragraph 2 of article 6 of the Protocol": the paragraphs of the article that follows.
      const inner = this.matcher.at(text, at);
      if (inner?.kind === 'provision' && !its && read.pinpoints.every((p) => p.provision === 'paragraph')) {
        const outer = this.provision(text, at, before);
        const owner = outer.find((c): c is InstrumentCitation => c.kind === 'instrument' && c.pinpoints.length > 0);
        if (owner && owner.pinpoints.every((p) => p.provision === 'article' && p.paragraph === null)) {
          const pinpoints = owner.pinpoints.flatMap((a) => read.pinpoints.map((p) => ({ ...a, paragraph: p.number, subparagraph: p.subparagraph, item: p.item })));
          return [{ ...owner, pinpoints, start: index, quote: text.slice(index, owner.end) }];
        }
        return outer;
      }
      let target = this.matcher.at(text, at);
      if (!target || target.kind === 'provision' || target.kind === 'body') {
        const article = /^(?:the|that|its)\s+/u.exec(text.slice(at));
        if (article) {
          at += article[0].length;
          target = this.matcher.at(text, at);
        }
      }
      if (target && target.kind !== 'provision' && target.kind !== 'body') {
        const cited = this.classify(target.kind, target.value, target.index);
        const owner = cited.find((c): c is InstrumentCitation => c.kind === 'instrument');
        const documents = cited.filter((c): c is DocumentCitation => c.kind === 'document');
        const adopted = documents.flatMap((d) => d.symbols).map((s) => this.matcher.bySymbolAlone(s)).filter((i) => i !== undefined);
        const ids = owner ? owner.instruments.slice(0, 1) : adopted.length === 1 ? [this.named(adopted[0]!)] : [];
        const span = { start: index, end: target.index + target.value.length, quote: text.slice(index, target.index + target.value.length) };
        if (ids.length === 0) return documents;
        return [{ kind: 'instrument', instruments: ids, pinpoints: read.pinpoints, ...span }, ...documents.map((d) => ({ ...d, ...span }))];
      }
      // "paragraph 17 of the report of the Working Group": a provision of something that is no instrument.
      if (!its) return [];
    }
    const span = { start: index, end: read.end, quote: text.slice(index, read.end) };
    if (its) {
      return this.lastNamed ? [{ kind: 'instrument', instruments: [this.lastNamed], pinpoints: read.pinpoints, ...span }] : [];
    }
    const previous = [...before].reverse().find((c): c is InstrumentCitation => c.kind === 'instrument');
    if (previous && PREFIX_GAP.test(text.slice(previous.end, index))) {
      // "the Tokyo Rules, rule 6.1": the name introduces the pinpoint and is not a second citation of the whole.
      if (previous.pinpoints.length === 0) before.splice(before.indexOf(previous), 1);
      const start = previous.pinpoints.length === 0 ? previous.start : index;
      return [{ kind: 'instrument', instruments: previous.instruments.slice(0, 1), pinpoints: read.pinpoints, start, end: read.end, quote: text.slice(start, read.end) }];
    }
    return [{ kind: 'provision', pinpoints: read.pinpoints, ...span }];
  }
}

