/**
 * The terms of the open data, as the Open data page states them (one paragraph per entry). Kept in
 * one place so that a change of terms is one reviewed edit.
 */
export const LICENCE: readonly string[] = [
  'The texts are documents of United Nations bodies, and drafts negotiated in them, reproduced as their sources print them. ' +
    'They are public documents: reuse them freely, name the body and the document (symbol and date where it has them), ' +
    'and rely on the official record for the authoritative wording.',
  'What this site adds to them (the division into paragraphs, the identifiers, the citations found, the drafting links, ' +
    'the corrections and the file formats) is dedicated to the public domain under Creative Commons CC0 1.0 Universal: ' +
    'use it for any purpose without asking; a link back is welcome.',
];
