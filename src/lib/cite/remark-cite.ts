import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import type { Citation, CitationMatcher } from './citation-matcher.ts';
import type { Generic } from './instrument-registry.ts';

export interface RemarkCiteOptions {
  /** The compiled instrument registry. */
  matcher: CitationMatcher;
  /** What a bare "the Convention"/"the Protocol" means in this document before anything is named. */
  defaults?: { [noun in Generic]?: string | undefined };
}

declare module 'vfile' {
  interface DataMap {
    /** Citations found in the tree, in text order; set by remarkCiteInstruments. */
    citations: Citation[];
  }
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function element(citation: Citation, value: string): PhrasingContent {
  const children: PhrasingContent[] = [{ type: 'text', value }];
  if (citation.kind === 'document') {
    return { type: 'mdxJsxTextElement', name: 'UnDocument', attributes: [attr('symbol', citation.symbols[0]!)], children };
  }
  return {
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [attr('instruments', citation.instruments.join(' ')), attr('article', citation.articles[0] ?? '')],
    children,
  };
}

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
  return (tree: Root, file: VFile): void => {
    const context = options.matcher.context(options.defaults);
    const citations: Citation[] = [];
    findAndReplace(
      tree,
      [
        new RegExp(options.matcher.pattern.source, 'gu'),
        (value: string) => {
          const citation = context.classify(value);
          if (!citation) return false;
          citations.push(citation);
          return element(citation, value);
        },
      ],
      { ignore: ['link', 'linkReference'] },
    );
    file.data.citations = citations;
  };
}
