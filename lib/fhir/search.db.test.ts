import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { hasCode, referencesOf, searchCases } from './fixture-expectations';
import { fhirResourceTypes } from './parameters';
import { BASE, fixtureResources, importFixture, matchIds, requester, schemaErrors, sortedIds, type Body, type Resource } from './test-harness';

const planNetIncludes: Record<string, string[]> = {
  Endpoint: ['Endpoint:organization'],
  HealthcareService: ['HealthcareService:location', 'HealthcareService:coverage-area', 'HealthcareService:organization', 'HealthcareService:endpoint'],
  InsurancePlan: ['InsurancePlan:administered-by', 'InsurancePlan:owned-by', 'InsurancePlan:coverage-area'],
  Location: ['Location:endpoint', 'Location:organization', 'Location:partof'],
  Organization: ['Organization:partof', 'Organization:endpoint', 'Organization:coverage-area'],
  OrganizationAffiliation: ['OrganizationAffiliation:primary-organization', 'OrganizationAffiliation:participating-organization', 'OrganizationAffiliation:location', 'OrganizationAffiliation:service', 'OrganizationAffiliation:endpoint', 'OrganizationAffiliation:network'],
  PractitionerRole: ['PractitionerRole:practitioner', 'PractitionerRole:organization', 'PractitionerRole:location', 'PractitionerRole:service', 'PractitionerRole:network', 'PractitionerRole:endpoint'],
};
/** Plan-Net's SHALL _revinclude values, each with ids of the searched type that something refers to. */
const planNetRevIncludes: [string, string, string][] = [
  ['HealthcareService', 'PractitionerRole:service', 'outpat-healthcareservice-1236348148,extra-service-dental'],
  ['HealthcareService', 'OrganizationAffiliation:service', 'extra-service-dental,pharm-healthcareservice-020dc4c3a0f0cd9c0c99c2273'],
  ['Location', 'HealthcareService:location', 'extra-location-annex,plannet-location-1230085657'],
  ['Location', 'InsurancePlan:coverage-area', 'extra-location-annex'],
  ['Location', 'OrganizationAffiliation:location', 'extra-location-annex,plannet-location-PCY-0007111'],
  ['Location', 'PractitionerRole:location', 'plannet-location-1236348148,extra-location-annex'],
  ['Organization', 'Endpoint:organization', 'plannet-organization-1230085657,extra-organization-clinic'],
  ['Organization', 'HealthcareService:organization', 'plannet-organization-1230085657,extra-organization-clinic'],
  ['Organization', 'InsurancePlan:administered-by', 'plannet-organization-1230210000'],
  ['Organization', 'InsurancePlan:owned-by', 'plannet-organization-1230210000,extra-organization-clinic'],
  ['Organization', 'OrganizationAffiliation:primary-organization', 'plannet-organization-1230210000'],
  ['Organization', 'PractitionerRole:organization', 'plannet-organization-1236348148'],
  ['Organization', 'PractitionerRole:network', 'plannet-network-HPID080000'],
  ['Organization', 'OrganizationAffiliation:participating-organization', 'plannet-organization-020dc4c3a0f0cd9c0c99c2273,extra-organization-clinic'],
  ['Practitioner', 'PractitionerRole:practitioner', 'plannet-practitioner-1230081110'],
];

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`FHIR API searches over the Plan-Net fixture ${backend.label}`, { timeout: 120_000 }, () => {
    let request: ReturnType<typeof requester>;
    /** A request whose answer must be valid FHIR R4 JSON. */
    const get = async (pathAndQuery: string) => {
      const response = await request(pathAndQuery);
      expect(schemaErrors(response.body), pathAndQuery).toEqual([]);
      return response;
    };
    /** Follows next links to the last page; returns every page. */
    const walk = async (pathAndQuery: string) => {
      const pages: Body[] = [];
      for (let next: string | undefined = pathAndQuery; next; ) {
        const { status, body } = await get(next);
        expect(status).toBe(200);
        pages.push(body);
        next = body.link.find((link) => link.relation === 'next')?.url.slice(BASE.length + 1);
      }
      return pages;
    };

    const session = useTestDatabase(backend, {
      prepare: async () => {
        await importFixture(session.db);
        request = requester(() => session.db);
      },
    });

    it.each(searchCases)('$type?$query finds exactly what the fixture says', async ({ type, query, expected }) => {
      const wanted = sortedIds(fixtureResources(type).filter(expected));
      const pages = await walk(`${type}?${query}&_count=100`);
      expect(pages.flatMap(matchIds).sort()).toEqual(wanted);
      expect(pages[0]?.total).toBe(wanted.length);
      expect(wanted.length, 'a case that finds nothing proves little').toBeGreaterThan(0);
    });

    it('pages through 240 roles 7 at a time: same total on each page, no repeats, no gaps, the last page has no next link', async () => {
      const pages = await walk('PractitionerRole?specialty=207R00000X&_count=7');
      const wanted = sortedIds(fixtureResources('PractitionerRole').filter((role) => JSON.stringify(role.specialty).includes('"207R00000X"')));
      expect(wanted).toHaveLength(240);
      expect(pages).toHaveLength(Math.ceil(240 / 7));
      expect(pages.every((page) => page.total === 240)).toBe(true);
      const ids = pages.flatMap((page) => (page.entry ?? []).map((entry) => entry.resource.id));
      expect(ids.toSorted()).toEqual(wanted);
      expect(pages.at(-1)?.entry).toHaveLength(240 % 7);
      expect(pages[1]?.link[0]).toEqual({ relation: 'self', url: expect.stringContaining('_cursor=') });
    });

    it('leaves the total out when asked to (_total=none), on every page, and finds the same roles', async () => {
      const pages = await walk('PractitionerRole?specialty=207R00000X&_count=100&_total=none');
      expect(pages).toHaveLength(3);
      expect(pages.map((page) => 'total' in page)).toEqual([false, false, false]);
      expect(pages.slice(0, -1).map((page) => page.link.find((link) => link.relation === 'next')?.url)).toEqual([
        expect.stringContaining('_total=none'),
        expect.stringContaining('_total=none'),
      ]);
      expect(pages.flatMap(matchIds).sort()).toHaveLength(240);
      expect((await get('PractitionerRole?specialty=207R00000X&_count=1&_total=accurate')).body.total).toBe(240);
      expect((await get('PractitionerRole?specialty=207R00000X&_count=1&_total=sometimes')).body.total).toBe(240);
    });

    it('tells a code with a system from the same code without one', async () => {
      const withSystem = await get('PractitionerRole?specialty=363LF0000X&_summary=count');
      expect(withSystem.body.total).toBe(fixtureResources('PractitionerRole').filter((role) => hasCode(role.specialty, '363LF0000X')).length);
      expect(withSystem.body.total).toBeGreaterThan(0);
      expect((await get('PractitionerRole?specialty=|363LF0000X&_summary=count')).body.total).toBe(0);
      expect((await get('PractitionerRole?specialty=https://example.org/local-specialty|WALK-IN&_summary=count')).body.total).toBe(0);
      expect((await get('PractitionerRole?specialty=http://nucc.org/provider-taxonomy|TELE&_summary=count')).body.total).toBe(0);
    });

    it.each(Object.entries(planNetIncludes))('%s: each Plan-Net _include adds exactly the resources the page refers to', async (type, includes) => {
      const page = await get(`${type}?_count=50&${includes.map((include) => `_include=${include}`).join('&')}`);
      const matched = (page.body.entry ?? []).filter((entry) => entry.search.mode === 'match').map((entry) => entry.resource);
      const matchedKeys = new Set(matched.map((resource) => `${type}/${resource.id}`));
      const referenced = new Set(includes.flatMap((include) => matched.flatMap((resource) => referencesOf[type as 'Endpoint'][include.split(':')[1] ?? '']?.(resource) ?? [])));
      const included = (page.body.entry ?? []).filter((entry) => entry.search.mode === 'include');
      expect(included.map((entry) => `${entry.resource.resourceType}/${entry.resource.id}`).sort()).toEqual([...referenced].filter((key) => !matchedKeys.has(key)).sort());
      for (const entry of page.body.entry ?? []) expect(entry.fullUrl).toBe(`${BASE}/${entry.resource.resourceType}/${entry.resource.id}`);
    });

    it.each(planNetRevIncludes)('%s?_revinclude=%s adds every resource that refers to the matches', async (type, revinclude, ids) => {
      const [source = '', name = ''] = revinclude.split(':');
      const page = await get(`${type}?_id=${ids}&_revinclude=${revinclude}`);
      const targets = ids.split(',').map((id) => `${type}/${id}`);
      const wanted = sortedIds(fixtureResources(source as 'Endpoint').filter((resource) => (referencesOf[source as 'Endpoint'][name]?.(resource) ?? []).some((ref) => targets.includes(ref))));
      const included = (page.body.entry ?? []).filter((entry) => entry.search.mode === 'include').map((entry) => entry.resource);
      expect(included.every((resource) => resource.resourceType === source)).toBe(true);
      expect(sortedIds(included)).toEqual(wanted);
      expect(wanted.length).toBeGreaterThan(0);
    });

    it('returns every stored resource as imported, with its Plan-Net profile and lastUpdated, in search and read alike', async () => {
      const asServed = (resource: Resource) => JSON.parse(JSON.stringify(resource, (key, value) => (key === 'value' && typeof value === 'number' ? String(value) : value)));
      for (const type of fhirResourceTypes) {
        const input = fixtureResources(type);
        const served = (await walk(`${type}?_count=100`)).flatMap((page) => (page.entry ?? []).map((entry) => entry.resource));
        expect(served).toHaveLength(input.length);
        const servedById = new Map(served.map((resource) => [resource.id, resource]));
        for (const resource of input) expect(servedById.get(resource.id), `${type}/${resource.id}`).toEqual(asServed(resource));
        for (const resource of input.slice(0, 5)) {
          const read = await get(`${type}/${resource.id}`);
          expect(read.status).toBe(200);
          expect(read.body).toEqual(asServed(resource));
          expect(read.headers.get('last-modified')).toBe(new Date(resource.meta.lastUpdated).toUTCString());
        }
      }
    });

    it('reads with a weak ETag, and answers a matching If-None-Match with 304 and no body', async () => {
      const first = await get('Practitioner/plannet-practitioner-1230081110');
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
      const again = await request('Practitioner/plannet-practitioner-1230081110', { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body).toBeNull();
      expect((await request('Practitioner/plannet-practitioner-1230081110', { 'if-none-match': 'W/"other"' })).status).toBe(200);
    });

    it('states in the CapabilityStatement every SHALL parameter, _include and _revinclude it serves', async () => {
      const { body } = await get('metadata');
      expect(body.instantiates).toEqual(['http://hl7.org/fhir/us/davinci-pdex-plan-net/CapabilityStatement/plan-net']);
      const planNet = (await import('node:fs')).readFileSync('../shared/fixtures/plan-net/ig/capabilitystatement-plan-net.json', 'utf8');
      const theirs = (JSON.parse(planNet) as Body).rest[0]?.resource ?? [];
      expect(theirs.length).toBeGreaterThan(0);
      for (const resource of theirs) {
        const ours = body.rest[0]?.resource.find((item) => item.type === resource.type);
        expect(ours?.searchParam.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(resource.searchParam.map((parameter) => parameter.name)));
        expect(ours?.searchInclude).toEqual(expect.arrayContaining(resource.searchInclude ?? []));
        expect(ours?.searchRevInclude).toEqual(expect.arrayContaining(resource.searchRevInclude ?? []));
      }
    });
  });
}
