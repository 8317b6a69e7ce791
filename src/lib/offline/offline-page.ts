/**
 * A built page as the offline copy has it: every relative link to a folder names its index.html
 * (offlineHref) and elements marked data-offline="omit" are gone. Everything else stays byte for
 * byte as Astro printed it.
 *
 * Works on the HTML string with a start-tag scanner that follows the HTML tokenizer where it matters
 * here (comments, raw-text elements, the three ways of quoting an attribute), without building a
 * tree: a full parse and re-serialisation of every page (rehype) took fifteen times as long at 10x
 * (35 s against 2.3 s, issue 13) and changed bytes that had no reason to change (doctype case,
 * `=""` on boolean attributes, `&#39;` for `'`). An element left out ends at the matching end tag of
 * its name, which Astro always prints.
 */
import { decodeHTMLAttribute } from 'entities';
import { offlineHref } from './offline-href.ts';

/** Attributes whose value is a URL that the offline copy rewrites. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action']);

/** Elements whose content is text up to their end tag, so a `<a href` inside is not a link (as parse5 with scripting off). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);

interface Attribute {
  /** Lowercased, as HTML compares attribute names. */
  name: string;
  /** The value as written, character references undecoded; '' for an attribute without a value. */
  raw: string;
  /** Offsets in the page of the value including its quotes, or null for an attribute without a value. */
  span: [number, number] | null;
  quote: '"' | "'" | '';
}

interface StartTag {
  name: string;
  attributes: Attribute[];
  /** Offset just after the tag's `>`. */
  end: number;
}

/**
 * One attribute at the scanner's position, or the tag's `>`: name; value in double quotes, single
 * quotes, an unclosed quote (the page ends inside the tag) or none. A name may begin with '='
 * (a parse error the tokenizer tolerates), never go on with one.
 */
const ATTRIBUTE = /[\t\n\f\r /]*(?:(>)|([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|(["'])|([^\t\n\f\r >]*)))?)/y;
const TAG_NAME = /[^\t\n\f\r />]*/y;

/** The start tag at `at` (which holds `<` and a letter), or null when the page ends inside it. */
function readStartTag(html: string, at: number): StartTag | null {
  TAG_NAME.lastIndex = at + 1;
  TAG_NAME.exec(html);
  const name = html.slice(at + 1, TAG_NAME.lastIndex).toLowerCase();
  const attributes: Attribute[] = [];
  ATTRIBUTE.lastIndex = TAG_NAME.lastIndex;
  for (;;) {
    const m = ATTRIBUTE.exec(html);
    if (!m || m[5] !== undefined) return null;
    if (m[1]) return { name, attributes, end: ATTRIBUTE.lastIndex };
    const quoted = m[3] ?? m[4];
    const raw = quoted ?? m[6];
    const attribute: Attribute =
      raw === undefined
        ? { name: m[2]!.toLowerCase(), raw: '', span: null, quote: '' }
        : {
            name: m[2]!.toLowerCase(),
            raw,
            span: [ATTRIBUTE.lastIndex - raw.length - (quoted === undefined ? 0 : 2), ATTRIBUTE.lastIndex],
            quote: quoted === undefined ? '' : m[3] === undefined ? "'" : '"',
          };
    attributes.push(attribute);
  }
}

/** Where the end tag `</name` of a raw-text element starts, at or after `from`; the page's length if none. */
const rawTextEndTags = new Map<string, RegExp>();
function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = rawTextEndTags.get(name) ?? new RegExp(`</${name}[\\s/>]`, 'giu');
  rawTextEndTags.set(name, pattern);
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

/** The offset just after the comment that starts at `at`: `<!-->` and `<!--->` are whole comments, `--!>` also ends one. */
function commentEnd(html: string, at: number): number {
  if (html.startsWith('<!-->', at)) return at + 5;
  if (html.startsWith('<!--->', at)) return at + 6;
  const close = /--!?>/gu;
  close.lastIndex = at + 4;
  const found = close.exec(html);
  return found ? found.index + found[0].length : html.length;
}

const escapeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

/**
 * The attribute's value, quotes included, with `change` applied to it as a browser reads it, or null
 * when it stays the same. A value without `&` is its own reading and keeps its quotes. One with
 * character references is decoded first, so that a reference cannot hide a `?` or `#` from `change`,
 * and when it changes is written back escaped, in double quotes.
 */
function rewritten(attribute: Attribute, change: (value: string) => string): string | null {
  if (!attribute.raw.includes('&')) {
    const next = change(attribute.raw);
    return next === attribute.raw ? null : `${attribute.quote}${next}${attribute.quote}`;
  }
  const value = decodeHTMLAttribute(attribute.raw);
  const next = change(value);
  return next === value ? null : `"${escapeAttribute(next)}"`;
}

/** The decoded value of the first attribute called `name` (as HTML keeps the first of two), if any. */
function valueOf(attributes: Attribute[], name: string): string | undefined {
  for (const a of attributes) if (a.name === name) return a.raw.includes('&') ? decodeHTMLAttribute(a.raw) : a.raw;
  return undefined;
}

/** `0; url=../17/` with its URL as the offline copy has it. */
const refreshContent = (content: string) => content.replace(/url=(.*)$/u, (_, url: string) => `url=${offlineHref(url)}`);

/**
 * The next piece of markup: a comment, CDATA, a doctype or bogus comment, an end tag (group 1: its
 * name) or a start tag (`<` and a letter); a `<` followed by anything else is text.
 */
const MARKUP = /<(?:!--|!\[CDATA\[|[!?]|\/(?![A-Za-z])|\/([A-Za-z][^\t\n\f\r />]*)|(?=[A-Za-z]))/gu;

/** The page as it goes into the offline copy. */
export function offlinePage(html: string): string {
  const out: string[] = [];
  /** Everything before this offset has been copied to `out` or deliberately left out. */
  let copied = 0;
  /** The element being left out (data-offline="omit"): its name, where it starts, how many of its kind are open. */
  let omitted: { name: string; start: number; depth: number } | null = null;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const lt = m.index;
    const opener = m[0];
    if (opener === '<!--') {
      MARKUP.lastIndex = commentEnd(html, lt);
    } else if (opener === '<![CDATA[') {
      const close = html.indexOf(']]>', lt);
      MARKUP.lastIndex = close < 0 ? html.length : close + 3;
    } else if (m[1] === undefined && opener !== '<') {
      // A doctype, `<?...>` or `</` not followed by a name: up to the next `>`.
      const close = html.indexOf('>', lt);
      MARKUP.lastIndex = close < 0 ? html.length : close + 1;
    } else if (m[1] !== undefined) {
      const close = html.indexOf('>', lt);
      const end = close < 0 ? html.length : close + 1;
      if (omitted && m[1].toLowerCase() === omitted.name && --omitted.depth === 0) {
        out.push(html.slice(copied, omitted.start));
        copied = end;
        omitted = null;
      }
      MARKUP.lastIndex = end;
    } else {
      const tag = readStartTag(html, lt);
      if (!tag) break;
      MARKUP.lastIndex = RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag.name, tag.end) : tag.end;
      if (omitted) {
        if (tag.name === omitted.name && !VOID.has(tag.name)) omitted.depth++;
      } else if (valueOf(tag.attributes, 'data-offline') === 'omit') {
        if (VOID.has(tag.name)) {
          out.push(html.slice(copied, lt));
          copied = tag.end;
        } else {
          omitted = { name: tag.name, start: lt, depth: 1 };
        }
      } else {
        const refresh = tag.name === 'meta' && valueOf(tag.attributes, 'http-equiv')?.trim().toLowerCase() === 'refresh';
        for (const attribute of tag.attributes) {
          if (!attribute.span) continue;
          const change = URL_ATTRIBUTES.has(attribute.name) ? offlineHref : refresh && attribute.name === 'content' ? refreshContent : null;
          const replacement = change && rewritten(attribute, change);
          if (!replacement) continue;
          out.push(html.slice(copied, attribute.span[0]), replacement);
          copied = attribute.span[1];
        }
      }
    }
  }
  // A page cut off inside an omitted element loses the rest, as a parser would close it there.
  out.push(html.slice(copied, omitted ? omitted.start : html.length));
  return out.join('');
}
