import { z } from 'astro/zod';

/**
 * The structured pinpoint of a provision reference: "article 6, paragraph 3 (d)" is
 * `{ provision: 'article', number: '6', paragraph: '3', subparagraph: 'd', item: null }`.
 * One tested function formats it (`pinpointKey`) and one gives its anchor (`pinpointAnchor`).
 */

/** The kinds of numbered provision the UN cites: treaty articles, and the numbered parts of non-treaty texts. */
export const provisionKind = z.enum(['article', 'paragraph', 'guideline', 'principle', 'rule']);
export type ProvisionKind = z.infer<typeof provisionKind>;

export const pinpointSchema = z.object({
  /** What the number counts: an article of a treaty, or a paragraph, guideline, principle or rule of another text. */
  provision: provisionKind,
  /** The provision's number as printed ("6", "7.1" for decimal-numbered rules). */
  number: z.string(),
  /** Numbered paragraph within it ("2" of "article 6, paragraph 2"), or null. */
  paragraph: z.string().nullable(),
  /** Lettered sub-paragraph ("a" of "article 3 (a)"), or null. */
  subparagraph: z.string().nullable(),
  /** Roman item within the sub-paragraph ("ii"), or null. */
  item: z.string().nullable(),
});
export type Pinpoint = z.infer<typeof pinpointSchema>;

export function pinpoint(provision: ProvisionKind, number: string, paragraph: string | null = null, subparagraph: string | null = null, item: string | null = null): Pinpoint {
  return { provision, number, paragraph, subparagraph, item };
}

/** "article 6(3)(d)", "rule 4(1)", "guideline 8": the label used in tests and in the labelled sets. */
export function pinpointKey(p: Pinpoint): string {
  const parts = [p.paragraph, p.subparagraph, p.item].filter((x): x is string => x !== null).map((x) => `(${x})`);
  return `${p.provision} ${p.number}${parts.join('')}`;
}

/** The same pinpoint cut to its provision ("article 6(3)(d)" -> "article 6"): article-level figures. */
export function provisionKey(p: Pinpoint): string {
  return `${p.provision} ${p.number}`;
}

/**
 * Anchor of a pinpoint on its article's page (shared/DESIGN.md): `#<n>-<p>` and `#<n>-<p>-<s>`;
 * null when the pinpoint is the whole article.
 */
export function pinpointAnchor(p: Pinpoint): string | null {
  if (p.provision !== 'article') return null;
  if (p.paragraph === null && p.subparagraph === null) return null;
  // Article 3 of the Trafficking Protocol has lettered sub-paragraphs and no numbered paragraphs: "#3-a".
  return [p.number, p.paragraph, p.subparagraph].filter((x) => x !== null).join('-');
}
