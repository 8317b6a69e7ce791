import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/site/corpus-fs.ts';

/** The open-data contract: shared/DESIGN.md section 2. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadCorpus()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
