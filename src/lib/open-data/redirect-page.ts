import { relativeHref } from '../urls.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/**
 * The page at an Akoma Ntoso IRI: a redirect to the unit's or document's page, made like the
 * manifest's redirect pages (a meta refresh with a relative URL, so that it works at a domain root,
 * under a base path and from disk, and a canonical link).
 */
export function aknAliasPage(iri: string, to: string, canonicalOrigin: string | null, base: string): string {
  const from = `${iri}/`;
  const target = relativeHref(from, to);
  const canonical = canonicalOrigin ? new URL(`${base}${to}`, canonicalOrigin).href : target;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Akoma Ntoso identifier</title><meta http-equiv="refresh" content="0; url=${escapeHtml(target)}"><link rel="canonical" href="${escapeHtml(canonical)}"><meta name="robots" content="noindex"></head><body><main><h1>Akoma Ntoso identifier</h1><p><code>${escapeHtml(iri)}</code> names the text at <a href="${escapeHtml(target)}">${escapeHtml(to)}</a>.</p></main></body></html>`;
}
