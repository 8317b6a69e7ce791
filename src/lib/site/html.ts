/**
 * HTML printed by the site's own code rather than by Astro's templates, with Astro's escaping rules
 * so that a page is the same byte for byte whichever of the two printed a part of it.
 *
 * The unit pages are most of the site (a corpus a hundred times today's has some 68,000 of them):
 * printing them as one string each costs a fraction of rendering a dozen Astro components per page
 * (issue 13). Every value goes through `html` or `attribute`, which escape it; only another `Html`
 * is inserted as it is, so a source's `<`, `{` or `import` stays text.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const TEXT_SPECIAL = /[&<>'"]/u;

/** Text in an element, escaped as Astro escapes `{value}`. */
export function escapeText(text: string): string {
  // Most values have nothing to escape: testing first spares a copy of each.
  return TEXT_SPECIAL.test(text) ? text.replace(/[&<>'"]/gu, (c) => TEXT_ESCAPES[c]!) : text;
}

/** An attribute value in double quotes, escaped as Astro escapes `name={value}`. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&#38;').replace(/"/gu, '&#34;');
}

/** Markup already escaped: the only thing `html` inserts as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may hold: nothing prints for `false`, `null`, `undefined` and `''`, as in Astro. */
export type Part = Html | string | number | false | null | undefined | readonly Part[];

function print(part: Part): string {
  if (part instanceof Html) return part.value;
  if (typeof part === 'string') return escapeText(part);
  if (typeof part === 'number') return String(part);
  if (Array.isArray(part)) return part.map(print).join('');
  return '';
}

/** A template whose values are escaped as text, unless they are `Html`. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += print(parts[i]!) + strings[i + 1]!;
  return new Html(out);
}

const HTTP_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * ` name="value"`, or nothing for a missing value, as Astro prints `name={value}`: an empty string
 * gives the bare name, and an http(s) URL holding `&` is printed unescaped (Astro keeps query strings
 * readable), which HTML reads the same.
 */
export function attribute(name: string, value: string | number | null | undefined): Html {
  if (value === null || value === undefined) return new Html('');
  if (value === '') return new Html(` ${name}`);
  const text = String(value);
  if (text.includes('&') && isHttpUrl(text)) return new Html(` ${name}="${text}"`);
  return new Html(` ${name}="${escapeAttribute(text)}"`);
}

function isHttpUrl(text: string): boolean {
  try {
    return HTTP_PROTOCOLS.has(new URL(text).protocol);
  } catch {
    return false;
  }
}
