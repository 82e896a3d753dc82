/**
 * One FHIR request to one Response. Errors are mapped here and only here: our FhirErrors become their
 * OperationOutcome; anything else becomes 503 when the database cannot be reached and a generic 500
 * otherwise. Neither says what went wrong inside, and nothing the client sent is logged.
 */
import type { Database } from '@/lib/db';
import { describeFailure } from '@/lib/db/failures';
import { capabilityStatement } from './capability-statement';
import { FhirError } from './errors';
import { isFhirResourceType } from './parameters';
import { checkFormat, parseSearchQuery } from './query';
import { searchsetBundle } from './bundle';
import { etagOf, rowById, toFhirResource } from './rows';
import { fhirJson, matchesEtag, outcomeResponse } from './responses';
import { runSearch } from './search';
import { FHIR_ID } from './values';

export type FhirRoute = { kind: 'metadata' } | { kind: 'search'; type: string } | { kind: 'read'; type: string; id: string } | { kind: 'unknown' };
/**
 * `baseUrl` is the API's public address (SITE_URL + /api/fhir), the start of every absolute link.
 * It never comes from the request: Host and X-Forwarded-Host are the client's to choose, and these
 * answers are cached publicly, so one spoofed request could hand every later client foreign links.
 */
export type FhirContext = { db: () => Database; baseUrl: string; software: { name: string; date: string } };

/**
 * What a cached answer depends on besides its URL (`_format` is in the URL): Accept decides between
 * JSON and a 406, and on a search `Prefer: handling=strict` turns an ignored parameter into a 400.
 * Nothing depends on Host any more, and CORS is the same `*` for every Origin.
 */
const VARIES_BY_FORMAT = 'Accept';
const SEARCH_VARIES_BY = 'Accept, Prefer';

export async function handleFhirRequest(context: FhirContext, request: Request, route: FhirRoute): Promise<Response> {
  try {
    const url = new URL(request.url);
    checkFormat(url.searchParams, request.headers.get('accept'));
    const base = context.baseUrl;
    switch (route.kind) {
      case 'metadata':
        return fhirJson(capabilityStatement(base, context.software), 200, { vary: VARIES_BY_FORMAT });
      case 'unknown':
        throw new FhirError(404, 'not-found', 'No such FHIR endpoint here. See /api/fhir/metadata for what this server offers.');
      case 'search': {
        const type = knownType(route.type);
        const strict = /handling\s*=\s*strict/i.test(request.headers.get('prefer') ?? '');
        const query = parseSearchQuery(type, url.searchParams, { strict });
        const result = await runSearch(context.db(), query);
        return fhirJson(searchsetBundle(base, query, result), 200, { vary: SEARCH_VARIES_BY });
      }
      case 'read': {
        const type = knownType(route.type);
        const missing = new FhirError(404, 'not-found', `${type}/${route.id} is not here.`);
        if (!FHIR_ID.test(route.id)) throw missing;
        const row = await rowById(context.db(), type, route.id);
        if (!row) throw missing;
        const etag = etagOf(row);
        const headers = {
          vary: VARIES_BY_FORMAT,
          etag,
          'last-modified': new Date(row.lastUpdated).toUTCString(),
          'content-location': `${base}/${type}/${row.id}`,
        };
        if (matchesEtag(request.headers.get('if-none-match'), etag))
          return new Response(null, { status: 304, headers: { ...headers, 'access-control-allow-origin': '*' } });
        return fhirJson(toFhirResource(type, row), 200, headers);
      }
    }
  } catch (error) {
    return errorResponse(context, error);
  }
}

function knownType(type: string) {
  if (!isFhirResourceType(type))
    throw new FhirError(404, 'not-supported', `${type.slice(0, 64)} is not a resource type this server offers. See /api/fhir/metadata.`);
  return type;
}

async function errorResponse(context: FhirContext, error: unknown): Promise<Response> {
  if (error instanceof FhirError) return outcomeResponse(error.status, error.code, error.message);
  const { kind, outage } = await describeFailure(error, context.db);
  if (outage) {
    console.error(`fhir api: directory database unavailable (${kind})`);
    return outcomeResponse(503, 'transient', 'The provider directory is unavailable right now. Try again in a minute.', { 'retry-after': '60' });
  }
  console.error(`fhir api: unexpected ${kind}`);
  return outcomeResponse(500, 'exception', 'Something went wrong on our side. Try again later.');
}
