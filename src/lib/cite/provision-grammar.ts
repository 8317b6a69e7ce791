import { pinpoint, type Pinpoint, type ProvisionKind } from './pinpoint.ts';

/**
 * The grammar of provision references as the UN prints them, read by recursive descent over a
 * small token stream. It reads only the provision part ("article 6, paragraphs 3 and 4"); what
 * the provision belongs to ("of the Protocol", "its", "the Tokyo Rules, rule 6.1") is attached by
 * the citation scanner. Pure: text in, pinpoints and the end offset out.
 *
 *   chain       := provision (SEP provision)*           "paras. 8 and 9, and guideline 4"
 *   provision   := KIND "of"? numbers                   "article 6", "Articles of 24 and 25"
 *   numbers     := item ((LIST | RANGE) item)*          "24 and 25", "24, 25 and 26", "24 to 26", "89–94"
 *   item        := NUMBER ("(" NUMBER ")")? subs? paragraphs?
 *                                                       "3 (a)", "6(3)(d)", "6, paragraph 2", "13, paragraph 1 (a)"
 *   paragraphs  := ","? PARA_KIND "of"? paraItem ((LIST | RANGE) paraItem)*
 *                                                       ", paragraphs 3 and 4", " paragraph 2", ", subparagraph (a)",
 *                                                       ", para. 1", "paragraph 3 (d)", "paragraphs 3 (d) and (e)"
 *   paraItem    := NUMBER subs? | subs                  "3 (d)", "(e)" (inherits the paragraph before it)
 *   subs        := "(" LETTER ")" ("(" ROMAN ")")?      "(a)", "(a) (ii)", "a)" as the Dutch copies print it
 */

/** The keyword that opens a provision reference, with the kind it names. Ordered: longest spelling first. */
const KINDS: [RegExp, ProvisionKind][] = [
  [/^(?:[Ss]ub-?paragraphs?)\b/u, 'paragraph'], // "subparagraph 2" is paragraph 2; "subparagraph (a)" is (a)
  [/^(?:[Aa]rticles?|ARTICLES?)\b/u, 'article'],
  [/^(?:[Aa]rts?\.)/u, 'article'], // "Art.32", "art. 1"
  [/^(?:[Pp]aragraphs?)\b/u, 'paragraph'],
  [/^(?:[Pp]aras?\.|[Pp]aras?\b)/u, 'paragraph'], // "para. 1", and "para 18" in drafters' notes
  [/^(?:[Gg]uidelines?)\b/u, 'guideline'],
  [/^(?:[Pp]rinciples?)\b/u, 'principle'],
  [/^(?:[Rr]ules?)\b/u, 'rule'],
];

/** Where a provision reference can start: a keyword followed by a number (so "rule of law" is not one). */
export const PROVISION_START = String.raw`\b(?:[Ss]ub-?paragraphs?|[Aa]rticles?|ARTICLES?|[Aa]rts?\.|[Pp]aragraphs?|[Pp]aras?\.?|[Gg]uidelines?|[Pp]rinciples?|[Rr]ules?)\s*(?:of\s+)?\d`;

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?(?:\s?(?:bis|ter))?\b/u;
const LETTER_SUB = /^\s?\(([a-z]{1,2})\)|^\s([a-z])\)/u; // "(a)", " a)"
const NUMBERED_SUB = /^\s?\((\d{1,2})\)/u; // "6(3)", "6 (3)"
const ROMAN_SUB = /^\s?\(((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii))\)/u;
const LIST = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?=\(?\d|\([a-z])/u;
const RANGE = /^(?:\s*[–—-]\s*|\s+to\s+)(?=\d)/u;
const PARA_INTRO = /^(?:,\s*|\s+)(?:[Ss]ub-?paragraphs?|[Pp]aragraphs?|[Pp]aras?\.)\s*(?:of\s+)?(?=\(?\d|\([a-z])/u;
const CHAIN_SEP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*and\s+)(?=(?:[Ss]ub-?paragraphs?|[Aa]rticles?|[Aa]rts?\.|[Pp]aragraphs?|[Pp]aras?\.|[Gg]uidelines?|[Pp]rinciples?|[Rr]ules?)\s*\d)/u;
/** Ranges longer than this are a misreading (a year, a page), not a list of provisions. */
const MAX_RANGE = 60;

export interface ProvisionMatch {
  /** Offset just after the last character read. */
  end: number;
  pinpoints: Pinpoint[];
}

class Reader {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}
  rest(): string {
    return this.text.slice(this.pos);
  }
  take(re: RegExp): RegExpExecArray | null {
    const m = re.exec(this.rest());
    if (m) this.pos += m[0].length;
    return m;
  }
  peek(re: RegExp): boolean {
    return re.test(this.rest());
  }
}

interface Sub {
  letter: string | null;
  roman: string | null;
}

function subs(r: Reader): Sub | null {
  const letter = r.take(LETTER_SUB);
  if (!letter) return null;
  const roman = r.take(ROMAN_SUB);
  return { letter: letter[1] ?? letter[2]!, roman: roman?.[1] ?? null };
}

/** "14.2–14.4" -> 14.2, 14.3, 14.4; "89–94" -> 89 ... 94; null when the two ends are not a range. */
export function expandRange(from: string, to: string): string[] | null {
  const a = /^(\d+)(?:\.(\d+))?$/u.exec(from);
  const b = /^(\d+)(?:\.(\d+))?$/u.exec(to);
  if (!a || !b) return null;
  if (a[2] !== undefined && b[2] !== undefined) {
    if (a[1] !== b[1]) return null;
    const [lo, hi] = [Number(a[2]), Number(b[2])];
    if (hi < lo || hi - lo > MAX_RANGE) return null;
    return Array.from({ length: hi - lo + 1 }, (_, i) => `${a[1]}.${lo + i}`);
  }
  if (a[2] !== undefined || b[2] !== undefined) return null;
  const [lo, hi] = [Number(a[1]), Number(b[1])];
  if (hi <= lo || hi - lo > MAX_RANGE) return null;
  return Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
}

interface ParaRef {
  paragraph: string | null;
  sub: Sub | null;
}

/** paragraphs := ","? PARA_KIND "of"? paraItem ((LIST | RANGE) paraItem)* */
function paragraphs(r: Reader): ParaRef[] | null {
  const start = r.pos;
  if (!r.take(PARA_INTRO)) return null;
  const out: ParaRef[] = [];
  const first = paraItem(r, null);
  if (!first) {
    r.pos = start;
    return null;
  }
  out.push(first);
  for (;;) {
    const save = r.pos;
    if (r.take(RANGE)) {
      const to = r.take(NUMBER);
      const range = to && out.at(-1)!.paragraph !== null ? expandRange(out.at(-1)!.paragraph!, to[0]) : null;
      if (range) {
        out.push(...range.slice(1).map((p) => ({ paragraph: p, sub: null })));
        continue;
      }
      r.pos = save;
      break;
    }
    if (r.take(LIST)) {
      const next = paraItem(r, out.at(-1)!.paragraph);
      if (next) {
        out.push(next);
        continue;
      }
    }
    r.pos = save;
    break;
  }
  return out;
}

/** paraItem := NUMBER subs? | subs  ("(e)" of "paragraphs 3 (d) and (e)" is 3 (e)) */
function paraItem(r: Reader, previous: string | null): ParaRef | null {
  const n = r.take(NUMBER);
  if (n) return { paragraph: n[0], sub: subs(r) };
  const sub = subs(r);
  return sub ? { paragraph: previous, sub } : null;
}

/** provision := KIND "of"? numbers */
function provision(r: Reader): Pinpoint[] | null {
  const start = r.pos;
  const kind = KINDS.find(([re]) => r.take(re))?.[1];
  if (!kind) return null;
  r.take(/^\s*(?:of\s+)?/u);
  const out: Pinpoint[] = [];
  let last: string | null = null;
  for (;;) {
    const n = r.take(NUMBER);
    if (!n) break;
    const number = n[0].replace(/\s+/gu, '');
    last = number;
    // "article 6(3)(d)": a numbered paragraph in brackets straight after the number.
    const bracketed = kind === 'article' ? r.take(NUMBERED_SUB) : null;
    const sub = subs(r);
    const paras = paragraphs(r) ?? (bracketed ? [{ paragraph: bracketed[1]!, sub }] : null);
    out.push(...items(kind, number, sub, paras));
    const save = r.pos;
    if (r.take(RANGE)) {
      const to = r.take(NUMBER);
      const range = to ? expandRange(last, to[0]) : null;
      if (range) {
        out.push(...range.slice(1).map((x) => pinpoint(kind, x)));
        last = range.at(-1)!;
        if (r.take(LIST)) continue;
        break;
      }
      r.pos = save;
      break;
    }
    if (r.peek(LIST) && !r.peek(CHAIN_SEP)) {
      r.take(LIST);
      if (r.peek(/^\d/u)) continue;
      // "paragraphs 3 (d) and (e)": a lettered item after a list separator belongs to the last number.
      const extra = subs(r);
      if (extra) {
        const prev = out.at(-1)!;
        out.push(pinpoint(kind, prev.number, prev.paragraph, extra.letter, extra.roman));
        if (r.peek(LIST) && !r.peek(CHAIN_SEP)) {
          r.take(LIST);
          continue;
        }
        break;
      }
      r.pos = save;
    }
    break;
  }
  if (out.length === 0) {
    r.pos = start;
    return null;
  }
  return out;
}

/**
 * A number and what follows it, as pinpoints. In a "paragraph" reference the paragraph is the
 * provision itself, so "paragraph 3 (d)" is paragraph 3, sub-paragraph (d); a "subparagraph 2"
 * of an article arrives here as its paragraph 2.
 */
function items(kind: ProvisionKind, number: string, sub: Sub | null, paras: ParaRef[] | null): Pinpoint[] {
  if (!paras) return [pinpoint(kind, number, null, sub?.letter ?? null, sub?.roman ?? null)];
  return paras.map((p) => pinpoint(kind, number, p.paragraph, p.sub?.letter ?? sub?.letter ?? null, p.sub?.roman ?? null));
}

/**
 * Reads a chain of provision references starting at `start` (which must be at a keyword).
 * Returns null when no provision reference starts there.
 */
export function readProvisions(text: string, start: number): ProvisionMatch | null {
  const r = new Reader(text, start);
  const first = provision(r);
  if (!first) return null;
  const pinpoints = [...first];
  for (;;) {
    const save = r.pos;
    if (!r.take(CHAIN_SEP)) break;
    const next = provision(r);
    if (!next) {
      r.pos = save;
      break;
    }
    pinpoints.push(...next);
  }
  return { end: r.pos, pinpoints: normaliseSubparagraphs(pinpoints) };
}

/**
 * "article 6, subparagraph 2" names paragraph 2 (the reader took it as a paragraph already);
 * "article 3, subparagraph (a)" arrives as paragraph null, sub-paragraph a. Nothing else to do,
 * but a "paragraph" provision that also got a paragraph ("paragraph 4, para. 1") keeps both.
 */
function normaliseSubparagraphs(pinpoints: Pinpoint[]): Pinpoint[] {
  const seen = new Set<string>();
  return pinpoints.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
