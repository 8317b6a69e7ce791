import type { PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { instrumentUrl } from '../urls.ts';
import type { Citation, CitationMatcher, InstrumentCitation } from './citation-matcher.ts';
import type { Generic } from './instrument-registry.ts';

export interface RemarkCiteOptions {
  /** The compiled instrument registry. */
  matcher: CitationMatcher;
  /** What a bare "the Convention"/"the Protocol" means in this document before anything is named. */
  defaults?: { [noun in Generic]?: string | undefined };
  /** The site-relative URL a citation links to; by default the instrument's page. */
  target?: (citation: InstrumentCitation) => string;
}

declare module 'vfile' {
  interface DataMap {
    /** Citations found in the tree, in text order; set by remarkCiteInstruments. */
    citations: Citation[];
    /** Phrases shaped like an instrument's name that the registry does not know; set by remarkCiteInstruments. */
    unknownInstruments: string[];
  }
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function element(citation: Citation, value: string, target: (c: InstrumentCitation) => string): PhrasingContent | null {
  const children: PhrasingContent[] = [{ type: 'text', value }];
  if (citation.kind === 'document') {
    return { type: 'mdxJsxTextElement', name: 'UnDocument', attributes: [attr('symbol', citation.symbols[0]!)], children };
  }
  if (citation.kind === 'provision') return null;
  const first = citation.pinpoints[0];
  return {
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [
      attr('instruments', citation.instruments.join(' ')),
      attr('article', first?.provision === 'article' ? first.number : ''),
      attr('target', target(citation)),
    ],
    children,
  };
}

const byDefault = (c: InstrumentCitation) => instrumentUrl(c.instruments[0]!);

/**
 * remark plugin: wraps citations of instruments and UN documents in `<Cite>` and `<UnDocument>`
 * elements and records them in `file.data.citations`. Text already inside a link is left alone.
 * Citations are only collected here; backlinks are resolved across the corpus afterwards.
 */
export function remarkCiteInstruments(options: RemarkCiteOptions) {
  if (!options?.matcher) throw new TypeError('remarkCiteInstruments: `options.matcher` is required');
  for (const [noun, id] of Object.entries(options.defaults ?? {})) {
    if (id !== undefined && !options.matcher.get(id)) throw new TypeError(`remarkCiteInstruments: default for "the ${noun}" is "${id}", which is not in the registry`);
  }
  const target = options.target ?? byDefault;
  return (tree: Root, file: VFile): void => {
    const context = options.matcher.context(options.defaults);
    const citations: Citation[] = [];
    const unknown: string[] = [];
    visit(tree, (node, index, parent) => {
      if (node.type === 'link' || node.type === 'linkReference') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const value = (node as Text).value;
      const found = context.scan(value);
      citations.push(...found);
      unknown.push(...options.matcher.unknownNames(value, found).map((u) => u.name));
      const replacement: PhrasingContent[] = [];
      let pos = 0;
      for (const citation of found) {
        if (citation.start < pos) continue; // a second reading of the same words (the resolution behind a pinpoint)
        const wrapped = element(citation, value.slice(citation.start, citation.end), target);
        if (!wrapped) continue;
        if (citation.start > pos) replacement.push({ type: 'text', value: value.slice(pos, citation.start) });
        replacement.push(wrapped);
        pos = citation.end;
      }
      if (replacement.length === 0) return undefined;
      if (pos < value.length) replacement.push({ type: 'text', value: value.slice(pos) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
    file.data.citations = citations;
    file.data.unknownInstruments = unknown;
  };
}
