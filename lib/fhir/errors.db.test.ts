import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { handleFhirRequest } from './handler';
import { methodNotAllowedResponse, preflightResponse } from './responses';
import { sampleDataset } from '@/tests/fixtures/sample-network';
import { BASE, useImportedApi, schemaErrors, type Body } from '@/tests/fhir/harness';

describe('FHIR API: bad requests and failures', { timeout: 120_000 }, () => {
  const api = useImportedApi(sampleDataset);
  const { request } = api;
  const outcome = async (pathAndQuery: string, status: number, headers: Record<string, string> = {}) => {
    const response = await request(pathAndQuery, headers);
    expect(response.status, pathAndQuery).toBe(status);
    expect(response.body.resourceType).toBe('OperationOutcome');
    expect(schemaErrors(response.body)).toEqual([]);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    return response.body.issue[0]?.diagnostics ?? '';
  };

  it('answers 404 for an unknown type, a missing id and paths it does not serve', async () => {
    expect(await outcome('Patient?name=smith', 404)).toContain('Patient is not a resource type');
    expect(await outcome('Patient/1', 404)).toContain('Patient is not a resource type');
    expect(await outcome('Practitioner/no-such-id', 404)).toBe('Practitioner/no-such-id is not here.');
    expect(await outcome("Practitioner/' OR 1=1--", 404)).toContain('is not here');
    expect(await outcome('Practitioner/jcc-practitioner-0001/_history/1', 404)).toContain('/api/fhir/metadata');
  });

  it('answers 400 naming the parameter for values it cannot read', async () => {
    expect(await outcome('Practitioner?_lastUpdated=2020-13-01', 400)).toMatch(/^_lastUpdated: '2020-13-01' is not a FHIR date/);
    expect(await outcome('Practitioner?_lastUpdated=gt2021-02-30', 400)).toContain('_lastUpdated');
    expect(await outcome('Practitioner?_lastUpdated=yesterday', 400)).toContain('_lastUpdated');
    expect(await outcome('Practitioner?_count=-1', 400)).toContain('_count');
    expect(await outcome('Practitioner?_count=ten', 400)).toContain('_count');
    expect(await outcome('PractitionerRole?practitioner=Location/abc', 400)).toContain('refers to Practitioner, not Location');
    expect(await outcome('PractitionerRole?specialty:below=207R', 400)).toContain("modifier ':below' is not supported");
    expect(await outcome('PractitionerRole?_cursor=%27%20OR%201=1--', 400)).toContain('_cursor');
    expect(await outcome('Practitioner?name=%00', 400)).toContain('control character');
    expect(await outcome('PractitionerRole?network.partof.partof.name=x', 400)).toContain('chains are limited');
  });

  it('treats injection attempts as text: nothing matches, nothing breaks', async () => {
    for (const attack of ["' OR 1=1--", 'x\'); DROP TABLE "Practitioner";--', '%_%', '\\', '$.name ? (@ == "x")']) {
      const { status, body } = await request(`Practitioner?name=${encodeURIComponent(attack)}`);
      expect(status).toBe(200);
      expect(body.total).toBe(0);
    }
    expect((await request('Practitioner?_summary=count')).body.total).toBe(sampleDataset.resources('Practitioner').length);
  });

  it('caps a huge _count at 100 and says so in the Bundle', async () => {
    const { status, body } = await request('PractitionerRole?_count=100000');
    expect(status).toBe(200);
    expect(body.entry?.filter((entry) => entry.search.mode === 'match')).toHaveLength(100);
    const warning = body.entry?.find((entry) => entry.search.mode === 'outcome');
    expect(warning?.resource.issue?.[0]).toMatchObject({ severity: 'warning', diagnostics: expect.stringContaining('100000 was reduced to 100') });
    expect(body.link[0]?.url).toBe(`${BASE}/PractitionerRole?_count=100`);
    expect(schemaErrors(body)).toEqual([]);
  });

  it('ignores unknown parameters and leaves them out of the self link, unless handling is strict', async () => {
    const { body } = await request('Practitioner?favourite-colour=blue&_id=jcc-practitioner-0001&_sort=family&_include=Practitioner:nothing');
    expect(body.total).toBe(1);
    expect(body.link[0]?.url).toBe(`${BASE}/Practitioner?_id=jcc-practitioner-0001`);
    expect(await outcome('Practitioner?favourite-colour=blue', 400, { prefer: 'handling=strict' })).toContain('favourite-colour');
  });

  it('speaks JSON only: _format=json is fine, XML is refused with 406', async () => {
    expect((await request('Practitioner?_format=json&_count=1')).status).toBe(200);
    expect((await request('metadata?_format=application/fhir%2Bjson')).status).toBe(200);
    expect(await outcome('metadata?_format=xml', 406)).toContain('only json');
  });

  it('opens CORS to every origin, answers preflights and refuses writes with 405', async () => {
    const { headers } = await request('Practitioner?_count=1');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    const preflight = preflightResponse();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    const write = methodNotAllowedResponse();
    expect(write.status).toBe(405);
    expect(write.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers 503 when the database is down and 500 for anything else, never with the error message', async () => {
    const down = { $queryRaw: () => Promise.reject(new Error('connect ECONNREFUSED db.internal:5432')) } as unknown as Database;
    const failing = {
      $queryRaw: (strings: TemplateStringsArray | { strings: string[] }) =>
        'raw' in strings ? Promise.resolve([{ one: 1 }]) : Promise.reject(new Error('secret detail from deep inside')),
    } as unknown as Database;
    for (const [db, status] of [
      [down, 503],
      [failing, 500],
    ] as const) {
      const response = await handleFhirRequest(
        { db: () => db, baseUrl: BASE, software: { name: 'Test', date: '2026-11-25' } },
        new Request(`${BASE}/Practitioner?name=x`),
        { kind: 'search', type: 'Practitioner' },
      );
      const text = await response.text();
      expect(response.status).toBe(status);
      expect(JSON.parse(text).resourceType).toBe('OperationOutcome');
      expect(text).not.toMatch(/ECONNREFUSED|db\.internal|secret detail/);
    }
  });

  it('never answers 500 to any query string', async () => {
    const parameter = fc.constantFrom(
      'name',
      'family',
      '_id',
      '_lastUpdated',
      '_count',
      'specialty',
      'location',
      'location.address-city',
      'network.name',
      '_include',
      '_revinclude',
      '_cursor',
      'role:text',
      'practitioner',
    );
    const queries = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.tuple(parameter, fc.string({ unit: 'binary' })), { maxLength: 4 }).map((pairs) => new URLSearchParams(pairs).toString()),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('PractitionerRole', 'Practitioner', 'Location'), queries, async (type, query) => {
        const url = new URL(`${BASE}/${type}`);
        url.search = query;
        const response = await handleFhirRequest({ db: api.db, baseUrl: BASE, software: { name: 'Test', date: '2026-11-25' } }, new Request(url), {
          kind: 'search',
          type,
        });
        const body = (await response.json()) as Body;
        expect([200, 400, 406]).toContain(response.status);
        expect(response.status === 200 ? body.resourceType : 'OperationOutcome').toBe(body.resourceType);
      }),
      { numRuns: 300 },
    );
  });
});
