import { describe, expect, it } from 'vitest';
import { attribute, html, Html } from '../src/lib/site/html.ts';

describe('html templates for pages printed as strings', () => {
  it('prints source text as text: markup, braces and imports are escaped, never markup', () => {
    const text = `<script>alert(1)</script> {props.x} import x from "y"; Smith's & Co.`;
    expect(html`<p>${text}</p>`.value).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; {props.x} import x from &quot;y&quot;; Smith&#39;s &amp; Co.</p>',
    );
  });

  it('inserts only Html as it is, nested templates and lists included', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${new Html('<hr>')}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>');
  });

  it('prints nothing for false, null, undefined and the empty string, and numbers as they are', () => {
    expect(html`[${false}${null}${undefined}${''}${0}${12}]`.value).toBe('[012]');
  });

  it('prints attributes as Astro does', () => {
    expect(attribute('content', 'A "quoted" & <tagged> value').value).toBe(' content="A &#34;quoted&#34; &#38; <tagged> value"');
    expect(attribute('href', null).value).toBe('');
    expect(attribute('href', undefined).value).toBe('');
    expect(attribute('download', '').value).toBe(' download');
    expect(attribute('value', 3).value).toBe(' value="3"');
    // An http(s) URL keeps its `&` (HTML reads `&x=` in an attribute the same), anything else is escaped.
    expect(attribute('href', 'https://example.org/?a=1&b=2').value).toBe(' href="https://example.org/?a=1&b=2"');
    expect(attribute('href', '../x/?a=1&b=2').value).toBe(' href="../x/?a=1&#38;b=2"');
  });

  it('cannot be escaped from through an attribute value', () => {
    const page = html`<meta${attribute('content', '"><script>alert(1)</script>')}>`.value;
    expect(page).toBe('<meta content="&#34;><script>alert(1)</script>">');
    expect(page.match(/"/gu)).toHaveLength(2);
  });
});
