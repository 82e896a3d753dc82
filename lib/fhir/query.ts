/**
 * Reads a search's query string: the filters (each a SQL condition), paging, `_include`/`_revinclude`,
 * and the canonical parameters for the Bundle's `self` link. A parameter or value the server does not
 * support is refused (400) under `Prefer: handling=strict`; otherwise it is left out of `self` and named
 * in the Bundle's OperationOutcome entry, so nothing a client asks for is dropped silently.
 */
import { parameterCondition, UnknownParameter, type AliasCounter } from './conditions';
import { FhirError, invalidParameter } from './errors';
import { searchParameters, type FhirResourceType, type ReferenceParameter } from './parameters';
import type { Sql } from './sql';
import { FHIR_ID } from './values';

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;

export type Inclusion = { source: FhirResourceType; name: string; parameter: ReferenceParameter };

export type SearchQuery = {
  type: FhirResourceType;
  conditions: Sql[];
  count: number;
  /** The id after which this page starts (keyset paging by id). */
  after: string | null;
  includes: Inclusion[];
  revIncludes: Inclusion[];
  /** `_summary=count`: only the total. */
  onlyTotal: boolean;
  /** `_total=none`: no total (a client walking pages saves the count on each one). */
  withoutTotal: boolean;
  /** Parameters as understood, in request order, for `self` and `next`. */
  canonical: [string, string][];
  warnings: string[];
};

/** Result parameters we act on; `_format` is checked by the handler, the rest change nothing here. */
const ignoredResultParameters = new Set(['_format', '_pretty']);

export function parseSearchQuery(type: FhirResourceType, params: URLSearchParams, options: { strict?: boolean } = {}): SearchQuery {
  const query: SearchQuery = {
    type,
    conditions: [],
    count: DEFAULT_COUNT,
    after: null,
    includes: [],
    revIncludes: [],
    onlyTotal: false,
    withoutTotal: false,
    canonical: [],
    warnings: [],
  };
  const aliases: AliasCounter = { next: 0 };
  const ignore = (key: string, why: string) => {
    if (options.strict) throw invalidParameter(`${key}: ${why} (the request asked for strict handling).`);
    query.warnings.push(`${key.slice(0, 100)}: ${why}; this search ignored it.`);
  };
  for (const [key, value] of params) {
    switch (key) {
      case '_count': {
        if (!/^\d{1,9}$/.test(value)) throw invalidParameter(`_count: '${value}' is not a whole number of 0 or more.`);
        const asked = Number(value);
        if (asked > MAX_COUNT) query.warnings.push(`_count: at most ${MAX_COUNT} resources per page; ${asked} was reduced to ${MAX_COUNT}.`);
        query.count = Math.min(asked, MAX_COUNT);
        query.canonical.push([key, String(query.count)]);
        continue;
      }
      case '_cursor':
        if (!FHIR_ID.test(value)) throw invalidParameter(`_cursor: '${value}' is not a page position this server gave out.`);
        query.after = value;
        continue;
      case '_summary':
        if (value === 'count') {
          query.onlyTotal = true;
          query.canonical.push([key, value]);
        } else ignore(key, `only _summary=count is supported`);
        continue;
      case '_total':
        // Our count is always exact, so `estimate` and `accurate` get the same answer.
        if (['none', 'estimate', 'accurate'].includes(value)) {
          query.withoutTotal = value === 'none';
          query.canonical.push([key, value]);
        } else ignore(key, `use none, estimate or accurate`);
        continue;
      case '_include':
      case '_revinclude': {
        const inclusion = readInclusion(type, key, value);
        if (!inclusion) ignore(key, `'${value}' is not supported`);
        else {
          (key === '_include' ? query.includes : query.revIncludes).push(inclusion);
          query.canonical.push([key, value]);
        }
        continue;
      }
    }
    if (ignoredResultParameters.has(key)) continue;
    try {
      query.conditions.push(parameterCondition(type, key, value, 'r', aliases));
      query.canonical.push([key, value]);
    } catch (error) {
      if (!(error instanceof UnknownParameter)) throw error;
      ignore(key, `not a search parameter of ${type}`);
    }
  }
  return query;
}

/** `Source:parameter[:Target]`, where the parameter is a reference (for _revinclude, one pointing at `type`). */
function readInclusion(type: FhirResourceType, key: string, value: string): Inclusion | null {
  const [source = '', name = '', target, ...rest] = value.split(':');
  if (rest.length > 0) return null;
  const parameters = (searchParameters as Record<string, (typeof searchParameters)[FhirResourceType] | undefined>)[source];
  const parameter = parameters && Object.hasOwn(parameters, name) ? parameters[name] : undefined;
  if (!parameter || parameter.kind !== 'reference') return null;
  if (target !== undefined && target !== parameter.target) return null;
  if (key === '_include' && source !== type) return null;
  if (key === '_revinclude' && parameter.target !== type) return null;
  return { source: source as FhirResourceType, name, parameter };
}

/** Refuses formats other than JSON (406): we speak only JSON. */
export function checkFormat(params: URLSearchParams, accept: string | null): void {
  const format = params.get('_format');
  if (format !== null && !['json', 'application/json', 'application/fhir+json', 'application/json+fhir'].includes(format.split(';')[0]?.trim() ?? '')) {
    throw new FhirError(406, 'not-supported', `_format: only json is supported, not '${format}'.`);
  }
  if (format === null && accept && !/json|\*\/\*|application\/\*|^\s*$/.test(accept)) {
    throw new FhirError(406, 'not-supported', 'This server answers only in JSON (application/fhir+json).');
  }
}
