import type { SourceLine } from '../parse/source-lines.ts';
import { isoDate, DATE } from './un-dates.ts';

/**
 * The front page of a UN document as its PDF converts to text: masthead, symbol, distribution,
 * dates, job number and barcode, session and agenda item, the adoption line, the Main Committee
 * reference, a draft's sponsors, and the title. Everything the cover says is a fact about the
 * document; none of it is unit text.
 */

/** What the cover says about the document. */
export interface CoverFacts {
  symbol: string | null;
  /** The issuing organ as printed in the masthead ("General Assembly"). */
  organ: string | null;
  distribution: string | null;
  /** ISO date printed under the distribution line: the date of issue. */
  issued: string | null;
  /** The job number without the language letter ("25-20946"). */
  jobNumber: string | null;
  session: string | null;
  committee: string | null;
  agendaItem: string | null;
  agendaTitle: string | null;
  /** The body that adopted it and the ISO date, from "Resolution adopted by the ... on ...". */
  adoptedBy: string | null;
  adopted: string | null;
  /** "[on the report of the Third Committee (A/80/545, para. 5)]", without the brackets. */
  reference: string | null;
  /** A draft's sponsors line, and what it calls itself ("draft resolution"). */
  sponsors: string | null;
  draftKind: string | null;
  /** Notes marked with asterisks on the cover ("* On behalf of the States that are members of the Group of 77 and China"). */
  notes: string[];
  /** "80/228" from the title line of an adopted resolution. */
  resolutionNumber: string | null;
  title: string | null;
}

/** Roles of cover lines, for the ingest's line accounting. */
export type CoverRole = `cover:${CoverRuleName}`;

type CoverRuleName =
  | 'masthead'
  | 'symbol'
  | 'organ'
  | 'distribution'
  | 'date'
  | 'original'
  | 'job'
  | 'barcode'
  | 'session'
  | 'committee'
  | 'agenda'
  | 'agenda-title'
  | 'adoption'
  | 'adoption-date'
  | 'reference'
  | 'sponsors'
  | 'title';

/** A UN document symbol: A/RES/80/228, A/C.3/80/L.4, A/80/L.8/Rev.1, E/RES/2006/27, E/CN.15/2025/L.3. */
export const SYMBOL = /^(?:A|E|S|ST|CTOC|UNODC|CEDAW|CRC|HRC|TD|UNEP|DP|ECE|ESCAP)(?:\/[A-Z0-9.]+(?:\([A-Z0-9-]+\))?){1,6}(?:\/Rev\.\d+)?(?:\/Add\.\d+)?(?:\/Corr\.\d+)?\*?$/u;

const ORGANS = /^(General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council|Commission on Crime Prevention and Criminal Justice|Commission on the Status of Women|Commission on Narcotic Drugs)$/u;

/** The last line of a draft's sponsors block names what the draft is (`Iraq:* draft resolution`). */
const SPONSORS_END = /:\**\s*((?:revised |amended )?draft (?:resolution|decision)s?|amendments? to draft (?:resolution|decision) \S+)$/u;

interface CoverRule {
  name: CoverRuleName;
  re: RegExp;
  /** Records what the line says. */
  read?: (m: RegExpExecArray, facts: CoverFacts) => void;
  /** The lines after this one, up to the next blank line, belong to the same item. */
  continues?: CoverRuleName;
}

/** Ordered: the first rule that matches a cover line decides what it is. */
const RULES: CoverRule[] = [
  { name: 'masthead', re: /^United Nations$/u },
  { name: 'symbol', re: SYMBOL, read: (m, f) => (f.symbol ??= m[0].replace(/\*$/u, '')) },
  { name: 'organ', re: ORGANS, read: (m, f) => (f.organ ??= m[1]!) },
  { name: 'distribution', re: /^Distr\.:\s*(General|Limited|Restricted)$/u, read: (m, f) => (f.distribution = m[1]!) },
  { name: 'date', re: new RegExp(`^(${DATE})$`, 'u'), read: (m, f) => (f.issued ??= isoDate(m[1]!)) },
  { name: 'original', re: /^Original:\s*\p{L}+$/u },
  { name: 'job', re: /^(\d{2}-\d{5})\s*\([A-Z]\)(?:\s+\d{6})?$/u, read: (m, f) => (f.jobNumber = m[1]!) },
  { name: 'barcode', re: /^\*\d{6,}\*$/u },
  { name: 'session', re: /^(\p{Lu}[\p{L}-]*(?: special| emergency special| resumed)? session)$/u, read: (m, f) => (f.session = m[1]!) },
  { name: 'committee', re: /^((?:First|Second|Third|Fourth|Fifth|Sixth) Committee)$/u, read: (m, f) => (f.committee = m[1]!) },
  { name: 'agenda', re: /^Agenda items?\s+(\S.*)$/u, read: (m, f) => (f.agendaItem = m[1]!), continues: 'agenda-title' },
  {
    name: 'adoption',
    re: new RegExp(`^Resolution adopted by the (.+?)(?:\\s+on\\s+(${DATE}))?$`, 'u'),
    read: (m, f) => {
      f.adoptedBy = m[1]!;
      if (m[2]) f.adopted = isoDate(m[2]);
    },
  },
  { name: 'adoption-date', re: new RegExp(`^on (${DATE})$`, 'u'), read: (m, f) => (f.adopted = isoDate(m[1]!)) },
  {
    // A draft without sponsors: "Draft resolution submitted by the President of the General Assembly".
    name: 'sponsors',
    re: /^((?:[Rr]evised )?[Dd]raft (?:resolution|decision)) submitted by (.+)$/u,
    read: (m, f) => {
      f.draftKind = m[1]!.toLowerCase();
      f.sponsors = m[2]!;
    },
  },
  { name: 'reference', re: /^\[((?:on the report|without reference)[^\]]*)\]$/u, read: (m, f) => (f.reference = m[1]!) },
  {
    name: 'title',
    re: /^(\d{1,3}\/\d{1,4})\.\s+(\S.*)$/u,
    read: (m, f) => {
      f.resolutionNumber = m[1]!;
      f.title = m[2]!;
    },
    continues: 'title',
  },
];

export interface CoverResult {
  facts: CoverFacts;
  /** Index in `lines` of the first line after the cover. */
  end: number;
  /** Source line number -> role, for every non-blank cover line. */
  roles: Map<number, CoverRole>;
}

function emptyFacts(): CoverFacts {
  return {
    symbol: null, organ: null, distribution: null, issued: null, jobNumber: null, session: null, committee: null,
    agendaItem: null, agendaTitle: null, adoptedBy: null, adopted: null, reference: null, sponsors: null,
    draftKind: null, notes: [], resolutionNumber: null, title: null,
  };
}

/** Index of the next blank line at or after `from` (or the end). */
function blockEnd(lines: SourceLine[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() !== '') i++;
  return i;
}

/** True when the text opens with what looks like a UN cover (masthead or symbol in the first lines). */
export function hasUnCover(lines: SourceLine[]): boolean {
  const first = lines.map((l) => l.text.trim()).filter(Boolean).slice(0, 4);
  return first.includes('United Nations') && first.some((t) => SYMBOL.test(t) || /^Distr\.:/u.test(t));
}

/**
 * Reads the cover from the top of the text. It ends after the title (the first block of text that
 * follows the cover items); a line that fits no cover rule before any title ends it too, and the
 * shape parser then decides what that line is.
 */
export function readCover(lines: SourceLine[]): CoverResult {
  const facts = emptyFacts();
  const roles = new Map<number, CoverRole>();
  let i = 0;
  let titleSeen = false;
  const take = (from: number, to: number, role: CoverRuleName): string => {
    const parts: string[] = [];
    for (let k = from; k < to; k++) {
      roles.set(lines[k]!.n, `cover:${role}`);
      parts.push(lines[k]!.text.trim());
    }
    return parts.join(' ');
  };
  while (i < lines.length) {
    const text = lines[i]!.text.trim();
    if (!text) {
      i++;
      continue;
    }
    if (titleSeen) break;
    const rule = RULES.find((r) => r.re.test(text));
    if (rule) {
      const m = rule.re.exec(text)!;
      rule.read?.(m, facts);
      roles.set(lines[i]!.n, `cover:${rule.name}`);
      i++;
      if (rule.continues) {
        const end = blockEnd(lines, i);
        const rest = take(i, end, rule.continues);
        if (rule.continues === 'agenda-title') facts.agendaTitle = rest || null;
        else if (rest) facts.title = `${facts.title} ${rest}`;
        i = end;
      }
      if (rule.name === 'title') titleSeen = true;
      continue;
    }
    const end = blockEnd(lines, i);
    const last = lines[end - 1]!.text.trim();
    const sponsors = SPONSORS_END.exec(last);
    if (sponsors && !facts.sponsors) {
      const all = take(i, end, 'sponsors');
      facts.sponsors = all.slice(0, all.length - sponsors[0].length).trim();
      facts.draftKind = sponsors[1]!;
      i = end;
      continue;
    }
    // A draft's title is the block after its sponsors; an adopted text's title carries its number.
    if (facts.sponsors && !facts.title) {
      facts.title = take(i, end, 'title').replace(/\*+$/u, '').trim();
      i = end;
      titleSeen = true;
      continue;
    }
    break;
  }
  return { facts, end: i, roles };
}
