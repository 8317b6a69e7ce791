import Cite from './Cite.astro';
import FootnoteRef from './FootnoteRef.astro';
import Item from './Item.astro';
import UnDocument from './UnDocument.astro';

/** The components the generated MDX units use, on unit pages and reading pages alike. */
export const unitComponents = { Item, FootnoteRef, Cite, UnDocument };
