/** Inline content of a paragraph, independent of any output format. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  /** Text a draft inserted with tracked changes (converted to `[text](#)` in the source). */
  | { type: 'insertion'; children: Inline[] }
  /** A span that was a hyperlink in the original (its target was lost in conversion). */
  | { type: 'link'; children: Inline[] }
  | { type: 'footnoteRef'; id: string };

export interface InlineOptions {
  bracketLinks: 'insertion' | 'link';
}

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
/** Letter footnotes (a table's or a box's own notes, `ᵃ`), as the normalising stage writes their markers. */
const SUPERSCRIPT_LETTERS: Record<string, string> = { 'ᵃ': 'a', 'ᵇ': 'b', 'ᶜ': 'c', 'ᵈ': 'd', 'ᵉ': 'e', 'ᶠ': 'f', 'ᵍ': 'g', 'ʰ': 'h' };
const SUPERSCRIPT_RUN = /[⁰¹²³⁴-⁹]+|[ᵃᵇᶜᵈᵉᶠᵍʰ]/u;

/** "a" -> "ᵃ": the marker of a letter footnote. */
export function superscriptLetter(letter: string): string {
  return Object.entries(SUPERSCRIPT_LETTERS).find(([, l]) => l === letter)?.[0] ?? letter;
}

/** "¹⁰" -> "10". */
export function superscriptToDigits(run: string): string {
  return [...run].map((ch) => SUPERSCRIPTS[ch] ?? SUPERSCRIPT_LETTERS[ch] ?? ch).join('');
}

/**
 * The `]` that closes each `[` of `text` (by index), skipping escaped brackets: one pass with a
 * stack. Scanning forward from every `[` instead took quadratic time (200,000 `[` took two minutes).
 */
function closingBrackets(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') open.push(i);
    else if (ch === ']' && open.length > 0) closing.set(open.pop()!, i);
  }
  return closing;
}

function unescape(text: string): string {
  return text.replace(/\\([\\[\]()*_#])/gu, '$1');
}

function pushText(out: Inline[], value: string): void {
  if (!value) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

/**
 * Parses the little inline markup the converted sources carry: `*emphasis*`, `**strong**`,
 * `[text](#)` spans and superscript footnote markers. Everything else, including `{`, `<` and
 * backslashes, stays literal text.
 */
export function parseInline(text: string, options: InlineOptions): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  let plain = '';
  let closing: Map<number, number> | null = null;
  const flush = () => {
    pushText(out, unescape(plain));
    plain = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      plain += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '[') {
      closing ??= closingBrackets(text);
      const close = closing.get(i) ?? -1;
      if (close > 0 && text.startsWith('(#)', close + 1)) {
        flush();
        const children = parseInline(text.slice(i + 1, close), options);
        out.push({ type: options.bracketLinks, children });
        i = close + 4;
        continue;
      }
    }
    // "a*b*c" and "agenda*" are literal asterisks: markup opens only after a non-word character.
    if (ch === '*' && !/[\p{L}\p{Nd}]/u.test(text[i - 1] ?? ' ')) {
      const strong = text.startsWith('**', i);
      const marker = strong ? '**' : '*';
      const end = text.indexOf(marker, i + marker.length);
      const inner = end > 0 ? text.slice(i + marker.length, end) : '';
      // Only a closed, non-empty run that does not start or end with a space is markup; a lone
      // asterisk (a footnote sign, say) stays text.
      if (end > 0 && inner.trim() === inner && inner.length > 0 && !(!strong && inner.includes('*'))) {
        flush();
        out.push({ type: strong ? 'strong' : 'emphasis', children: parseInline(inner, options) });
        i = end + marker.length;
        continue;
      }
    }
    const sup = SUPERSCRIPT_RUN.exec(text.slice(i, i + 3));
    if (sup && sup.index === 0) {
      flush();
      out.push({ type: 'footnoteRef', id: superscriptToDigits(sup[0]) });
      i += sup[0].length;
      continue;
    }
    plain += ch;
    i++;
  }
  flush();
  return out;
}

/** The plain text a reader sees, without footnote markers. */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'footnoteRef':
          return '';
        default:
          return plainText(node.children);
      }
    })
    .join('');
}

/** Footnote ids referenced anywhere in the nodes, in order of first use. */
export function footnoteRefs(nodes: Inline[]): string[] {
  const ids: string[] = [];
  const walk = (list: Inline[]) => {
    for (const node of list) {
      if (node.type === 'footnoteRef') {
        if (!ids.includes(node.id)) ids.push(node.id);
      } else if (node.type !== 'text') walk(node.children);
    }
  };
  walk(nodes);
  return ids;
}
