/** HTTP responses of the FHIR API: content type, open CORS, caching, and OperationOutcome errors. */
import type { IssueCode } from './errors';
import { operationOutcome } from './outcome';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export const corsHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Accept, Content-Type, If-None-Match, If-Modified-Since, Prefer, Authorization',
  'access-control-expose-headers': 'ETag, Last-Modified, Content-Location, Location',
  'access-control-max-age': '86400',
};

/** The directory changes when staff import new data; five minutes matches the site's pages. */
const CACHE_FOR_FIVE_MINUTES = 'public, max-age=300';

export function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': FHIR_JSON, 'cache-control': status < 400 ? CACHE_FOR_FIVE_MINUTES : 'no-store', ...corsHeaders, ...headers },
  });
}

export function outcomeResponse(status: number, code: IssueCode, diagnostics: string, headers: Record<string, string> = {}): Response {
  return fhirJson(operationOutcome(status >= 500 ? 'fatal' : 'error', code, diagnostics), status, headers);
}

/** Answer to a CORS preflight. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}

/** Writes are not offered: the directory is changed only by staff imports. */
export function methodNotAllowedResponse(): Response {
  return outcomeResponse(405, 'not-supported', 'This API is read-only: use GET.', { allow: 'GET, HEAD, OPTIONS' });
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 says for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
