import { z } from 'astro/zod';
import { IngestError } from '../errors.ts';

/**
 * The treaty shape: chapters, articles, numbered paragraphs, lettered sub-paragraphs and roman
 * items, read from a Markdown copy of a treaty (shared/instrument-texts/README.md describes the
 * layout). Pure: text in, structure and the list of normalisations out. Every change to the
 * wording as received is recorded as a correction with its reason; spacing is normalised by one
 * recorded rule (trailing spaces and the double spaces after paragraph numbers carry no meaning).
 */

const item = z.object({
  /** "i", "ii": the anchor part. */
  id: z.string(),
  /** As the UN prints it: "(i)". */
  label: z.string(),
  text: z.string(),
  line: z.number().int(),
});
const subparagraph = z.object({
  /** "a": the anchor part. */
  id: z.string(),
  /** As the UN prints it: "(a)". */
  label: z.string(),
  text: z.string(),
  items: z.array(item),
  line: z.number().int(),
});
const paragraph = z.object({
  /** The paragraph's number ("2"), or null for an article's unnumbered text ("For the purposes of this Protocol:"). */
  number: z.string().nullable(),
  /** Text before its sub-paragraphs (all of it when it has none). */
  text: z.string(),
  subparagraphs: z.array(subparagraph),
  /** Text after its sub-paragraphs ("... where the offence is transnational in nature"), if any. */
  tail: z.string().nullable(),
  line: z.number().int(),
});
export const treatyArticle = z.object({
  /** The article's number as printed ("6"). */
  number: z.string(),
  title: z.string(),
  /** "I. General provisions", or null in a text without chapters. */
  chapter: z.string().nullable(),
  paragraphs: z.array(paragraph),
  line: z.number().int(),
});
export const treatyText = z.object({
  title: z.string(),
  preamble: z.string().nullable(),
  articles: z.array(treatyArticle),
  /** Changes to the wording as received, each with its line and reason. */
  corrections: z.array(z.object({ line: z.number().int(), find: z.string(), replace: z.string(), reason: z.string() })),
  /** Lines whose spacing only was normalised. */
  spacingNormalised: z.number().int(),
});
export type TreatyArticle = z.infer<typeof treatyArticle>;
export type TreatyParagraph = z.infer<typeof paragraph>;
export type TreatyText = z.infer<typeof treatyText>;

type Correction = TreatyText['corrections'][number];

/** Line roles, tried in order; the first that matches decides. */
const RULES = [
  { role: 'chapter', re: /^###\s+([IVX]+)\s*$/u },
  { role: 'article', re: /^###\s+Article\s+(\d+)\s*$/u },
  { role: 'heading', re: /^####\s*(\S.*)$/u },
  { role: 'paragraph', re: /^(\d+)\.\s+(.*)$/u },
  { role: 'item', re: /^\(((?:i|ii|iii|iv|v|vi|vii|viii|ix|x))\)\s*(.*)$/u },
  { role: 'subparagraph', re: /^(?:\(([a-z])\)|([a-z])\))\s*(.*)$/u },
  { role: 'subitem', re: /^([a-z])\.\s+(.*)$/u },
  { role: 'witness', re: /^IN WITNESS WHEREOF\b/u },
] as const;

/** Normalisations of the wording, in order, each with the reason a reader sees. */
const WORDING: { re: RegExp; replace: string; reason: string }[] = [
  { re: /``([^"`]+)"/gu, replace: '“$1”', reason: 'This copy opens defined terms with two backticks and closes them with a straight quote; the UN prints curly quotes.' },
  { re: /\b(subparagraphs?|paragraphs?\s+\d+)\s+([a-z])\)/gu, replace: '$1 ($2)', reason: 'This copy prints lettered sub-paragraphs as "a)" in cross-references; the UN prints "(a)".' },
  { re: /^\(([ivx]+)\)(?=\S)/gu, replace: '($1) ', reason: 'A space is missing after the item number in this copy.' },
];

function where(file: string, line: number) {
  return { file, line };
}

/** The English part: from the English title (the second title line) to the "IN WITNESS WHEREOF" line. */
function englishLines(lines: string[], file: string): { start: number; end: number; title: string } {
  // The Dutch title is a `##` line; the English title is the first `####` line after it.
  const start = lines.findIndex((l) => /^####/u.test(l));
  if (start < 0) throw new IngestError('UnrecognisedLine', 'no English title line (`####Title`) found', where(file, 1), 'The copy must hold the Dutch title, then the English title as a `####` line (shared/instrument-texts/README.md).');
  const end = lines.findIndex((l, i) => i > start && /^IN WITNESS WHEREOF\b/u.test(l));
  if (end < 0) throw new IngestError('UnrecognisedLine', 'the English text has no closing "IN WITNESS WHEREOF" line', where(file, start + 1), 'Check that the file is complete.');
  return { start, end, title: lines[start]!.replace(/^#+\s*/u, '').trim() };
}

export function parseTreaty(text: string, file: string): TreatyText {
  const lines = text.split('\n');
  const { start, end, title } = englishLines(lines, file);
  const corrections: Correction[] = [];
  let spacing = 0;
  const articles: TreatyArticle[] = [];
  let chapter: string | null = null;
  let chapterNumber: string | null = null;
  let preamble: string | null = null;
  let article: TreatyArticle | null = null;
  let expectTitle: 'chapter' | 'article' | null = null;

  for (let i = start + 1; i < end; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    let line = raw.replace(/\s+$/u, '').replace(/^(\d+\.)\s{2,}/u, '$1 ');
    if (line !== raw) spacing++;
    if (line === '') continue;
    for (const w of WORDING) {
      const one = new RegExp(w.re.source, 'u');
      line = line.replace(w.re, (found) => {
        const replace = found.replace(one, w.replace);
        corrections.push({ line: lineNo, find: found, replace, reason: w.reason });
        return replace;
      });
    }
    let rule: (typeof RULES)[number] | undefined = RULES.find((r) => r.re.test(line));
    // "(i)" after sub-paragraph (h) with no items is sub-paragraph (i), not item (i).
    const lastSub = article?.paragraphs.at(-1)?.subparagraphs.at(-1);
    if (rule?.role === 'item' && line.startsWith('(i)') && lastSub?.id === 'h' && lastSub.items.length === 0) rule = RULES.find((r) => r.role === 'subparagraph');
    const m = rule ? rule.re.exec(line)! : null;
    if (!article && !rule && preamble === null && /^(?:Preamble|Preambule)\b/u.test(line)) {
      const label = /^(?:Preamble|Preambule)\s*/u.exec(line)![0];
      preamble = line.slice(label.length);
      corrections.push({ line: lineNo, find: label.trim(), replace: '', reason: 'The preamble label is run into the text in this copy; it is shown as a heading instead.' });
      continue;
    }
    switch (rule?.role) {
      case 'chapter':
        chapterNumber = m![1]!;
        expectTitle = 'chapter';
        continue;
      case 'article':
        if (articles.length > 0 && Number(m![1]) !== Number(articles.at(-1)!.number) + 1) {
          throw new IngestError('SubitemOutOfSequence', `article ${m![1]} follows article ${articles.at(-1)!.number}`, where(file, lineNo), 'Articles must run 1, 2, 3, ... without gaps; check the copy against the official text.');
        }
        article = { number: m![1]!, title: '', chapter, paragraphs: [], line: lineNo };
        articles.push(article);
        expectTitle = 'article';
        continue;
      case 'heading':
        if (expectTitle === 'chapter') chapter = `${chapterNumber}. ${m![1]!.trim()}`;
        else if (expectTitle === 'article' && article) article.title = m![1]!.trim();
        else throw new IngestError('UnrecognisedLine', `a heading "${line}" where no chapter or article number precedes it`, where(file, lineNo), 'Headings follow a `### I` chapter line or a `### Article N` line.');
        expectTitle = null;
        continue;
      default:
        break;
    }
    if (!article) throw new IngestError('UnrecognisedLine', `text before the first article: "${line.slice(0, 60)}"`, where(file, lineNo), 'Only the title, the preamble and chapter headings may precede article 1.');
    const paras: TreatyParagraph[] = article.paragraphs;
    const last = paras.at(-1);
    if (rule?.role === 'paragraph') {
      const expected = paras.filter((p) => p.number !== null).length + 1;
      if (Number(m![1]) !== expected) throw new IngestError('SubitemOutOfSequence', `paragraph ${m![1]} of article ${article.number}, where ${expected} was expected`, where(file, lineNo), 'Numbered paragraphs run 1, 2, 3, ... within each article.');
      paras.push({ number: m![1]!, text: m![2]!.trim(), subparagraphs: [], tail: null, line: lineNo });
    } else if (rule?.role === 'subparagraph') {
      const owner = last ?? (paras.push({ number: null, text: '', subparagraphs: [], tail: null, line: lineNo }), paras.at(-1)!);
      const letter = m![1] ?? m![2]!;
      const expected = String.fromCharCode(97 + owner.subparagraphs.length);
      if (letter !== expected) throw new IngestError('SubitemOutOfSequence', `sub-paragraph (${letter}) in article ${article.number}, where (${expected}) was expected`, where(file, lineNo), 'Lettered sub-paragraphs run (a), (b), (c), ... within each paragraph.');
      if (m![2]) corrections.push({ line: lineNo, find: `${letter})`, replace: `(${letter})`, reason: 'This copy prints lettered sub-paragraphs as "a)"; the UN prints "(a)".' });
      owner.subparagraphs.push({ id: letter, label: `(${letter})`, text: m![3]!.trim(), items: [], line: lineNo });
    } else if (rule?.role === 'item' && last?.subparagraphs.length) {
      const sub = last.subparagraphs.at(-1)!;
      sub.items.push({ id: m![1]!, label: `(${m![1]})`, text: m![2]!.trim(), line: lineNo });
    } else if (rule?.role === 'subitem' && last?.subparagraphs.at(-1)?.items.length) {
      // Article 5, paragraph 1 (a) (ii) of the Convention has sub-items "a." and "b.", as printed.
      const it = last.subparagraphs.at(-1)!.items.at(-1)!;
      it.text = `${it.text}\n${line}`;
    } else if (rule?.role === 'witness') {
      break;
    } else if (!last) {
      paras.push({ number: null, text: line.trim(), subparagraphs: [], tail: null, line: lineNo });
    } else if (last.subparagraphs.length > 0) {
      last.tail = last.tail ? `${last.tail} ${line.trim()}` : line.trim();
    } else {
      last.text = `${last.text} ${line.trim()}`.trim();
    }
  }
  return { title, preamble, articles, corrections, spacingNormalised: spacing };
}

/** Anchor of a paragraph on its article page: "6-2", or "3-a" for a sub-paragraph of an unnumbered lead. */
export function paragraphAnchor(article: string, paragraph: string | null, sub: string | null = null, item: string | null = null): string {
  return [article, paragraph, sub, item].filter((x) => x !== null).join('-');
}
