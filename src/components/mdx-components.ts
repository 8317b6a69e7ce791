import Cite from './Cite.astro';
import FootnoteRef from './FootnoteRef.astro';
import ItemInDocument from './ItemInDocument.astro';
import ItemInUnit from './ItemInUnit.astro';
import UnDocument from './UnDocument.astro';

/** The components MDX units use, on a unit's own page and on its document's reading page. */
export const unitPageComponents = { Item: ItemInUnit, FootnoteRef, Cite, UnDocument };
export const documentPageComponents = { Item: ItemInDocument, FootnoteRef, Cite, UnDocument };
