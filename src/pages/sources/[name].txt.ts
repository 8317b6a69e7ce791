import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus, readSourceBytes } from '../../lib/site/corpus-fs.ts';

/** The sources byte for byte, so that readers can check the text against what was received. */
export const getStaticPaths = (() =>
  loadCorpus().documents.map((doc) => ({ params: { name: doc.source.replace(/\.txt$/u, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readSourceBytes(`${String(params['name'])}.txt`)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
