/**
 * The FHIR API's search tests over any Plan-Net data set, on each test database: the core suite runs
 * them over the sample network and edge cases (lib/fhir/search.db.test.ts), the conformance suite over
 * the third-party Plan-Net fixture (tests/conformance). Every expectation is computed from the data set.
 */
import { describe, expect, it } from 'vitest';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';
import { testBackends, useTestDatabase, type TestBackend } from '@/tests/db/test-databases';
import { hasCode, lookupsOf, referencesOf, type Lookups, type SearchCase } from './expectations';
import { BASE, importDataset, matchIds, requester, schemaErrors, sortedIds, type Body, type Dataset, type Resource } from './harness';
import { planNetIncludes } from './plan-net-includes';

export type SearchSuite = {
  dataset: Dataset;
  /** The suite's name on a backend; `skip` skips it (the name says why). */
  name(backend: TestBackend): string;
  skip?: boolean;
  cases: SearchCase[];
  /** Each Plan-Net SHALL _revinclude, with ids of the searched type that something refers to. */
  revIncludes: [type: string, revInclude: string, ids: string][];
  /** A NUCC specialty code on enough roles to fill several pages. */
  pagingSpecialty: string;
};

export function describeFhirSearches(suite: SearchSuite): void {
  for (const backend of testBackends) {
    describe.skipIf(backend.skip || suite.skip)(suite.name(backend), { timeout: 120_000 }, () => {
      let request: ReturnType<typeof requester>;
      let lookups: Lookups | undefined;
      const resources = (type: string) => suite.dataset.resources(type as 'Endpoint');
      /** A request whose answer must be valid FHIR R4 JSON. */
      const get = async (pathAndQuery: string) => {
        const response = await request(pathAndQuery);
        expect(schemaErrors(response.body), pathAndQuery).toEqual([]);
        return response;
      };
      /** Follows next links to the last page; returns every page. */
      const walk = async (pathAndQuery: string) => {
        const pages: Body[] = [];
        for (let next: string | undefined = pathAndQuery; next;) {
          const { status, body } = await get(next);
          expect(status).toBe(200);
          pages.push(body);
          next = body.link.find((link) => link.relation === 'next')?.url.slice(BASE.length + 1);
        }
        return pages;
      };
      const paged = () => sortedIds(resources('PractitionerRole').filter((role) => hasCode(role.specialty, suite.pagingSpecialty)));

      const session = useTestDatabase(backend, {
        prepare: async () => {
          await importDataset(session.db, suite.dataset);
          request = requester(() => session.db);
        },
      });

      it.each(suite.cases)('$type?$query finds exactly what the data says', async ({ type, query, expected }) => {
        const targets = (lookups ??= lookupsOf(suite.dataset));
        const wanted = sortedIds(resources(type).filter((resource) => expected(resource, targets)));
        const pages = await walk(`${type}?${query}&_count=100`);
        expect(pages.flatMap(matchIds).sort()).toEqual(wanted);
        expect(pages[0]?.total).toBe(wanted.length);
        expect(wanted.length, 'a case that finds nothing proves little').toBeGreaterThan(0);
      });

      it('pages through roles 7 at a time: same total on each page, no repeats, no gaps, the last page has no next link', async () => {
        const wanted = paged();
        expect(wanted.length, 'several pages').toBeGreaterThan(7 * 3);
        const pages = await walk(`PractitionerRole?specialty=${suite.pagingSpecialty}&_count=7`);
        expect(pages).toHaveLength(Math.ceil(wanted.length / 7));
        expect(pages.every((page) => page.total === wanted.length)).toBe(true);
        const ids = pages.flatMap((page) => (page.entry ?? []).map((entry) => entry.resource.id));
        expect(ids.toSorted()).toEqual(wanted);
        expect(pages.at(-1)?.entry).toHaveLength(wanted.length % 7 || 7);
        expect(pages[1]?.link[0]).toEqual({ relation: 'self', url: expect.stringContaining('_cursor=') });
      });

      it('leaves the total out when asked to (_total=none), on every page, and finds the same roles', async () => {
        const wanted = paged();
        const size = Math.ceil(wanted.length / 3);
        const pages = await walk(`PractitionerRole?specialty=${suite.pagingSpecialty}&_count=${size}&_total=none`);
        expect(pages).toHaveLength(3);
        expect(pages.map((page) => 'total' in page)).toEqual([false, false, false]);
        expect(pages.slice(0, -1).map((page) => page.link.find((link) => link.relation === 'next')?.url)).toEqual([
          expect.stringContaining('_total=none'),
          expect.stringContaining('_total=none'),
        ]);
        expect(pages.flatMap(matchIds).sort()).toEqual(wanted);
        expect((await get(`PractitionerRole?specialty=${suite.pagingSpecialty}&_count=1&_total=accurate`)).body.total).toBe(wanted.length);
        expect((await get(`PractitionerRole?specialty=${suite.pagingSpecialty}&_count=1&_total=sometimes`)).body.total).toBe(wanted.length);
      });

      it('tells a code with a system from the same code without one', async () => {
        const withSystem = await get('PractitionerRole?specialty=363LF0000X&_summary=count');
        expect(withSystem.body.total).toBe(resources('PractitionerRole').filter((role) => hasCode(role.specialty, '363LF0000X')).length);
        expect(withSystem.body.total).toBeGreaterThan(0);
        expect((await get('PractitionerRole?specialty=|363LF0000X&_summary=count')).body.total).toBe(0);
        expect((await get('PractitionerRole?specialty=https://example.org/local-specialty|WALK-IN&_summary=count')).body.total).toBe(0);
        expect((await get('PractitionerRole?specialty=http://nucc.org/provider-taxonomy|TELE&_summary=count')).body.total).toBe(0);
      });

      it.each(Object.entries(planNetIncludes))('%s: each Plan-Net _include adds exactly the resources the page refers to', async (type, includes) => {
        const page = await get(`${type}?_count=50&${includes.map((include) => `_include=${include}`).join('&')}`);
        const matched = (page.body.entry ?? []).filter((entry) => entry.search.mode === 'match').map((entry) => entry.resource);
        const matchedKeys = new Set(matched.map((resource) => `${type}/${resource.id}`));
        const referenced = new Set(
          includes.flatMap((include) => matched.flatMap((resource) => referencesOf[type as 'Endpoint'][include.split(':')[1] ?? '']?.(resource) ?? [])),
        );
        expect(referenced.size, 'the page refers to something').toBeGreaterThan(0);
        const included = (page.body.entry ?? []).filter((entry) => entry.search.mode === 'include');
        expect(included.map((entry) => `${entry.resource.resourceType}/${entry.resource.id}`).sort()).toEqual(
          [...referenced].filter((key) => !matchedKeys.has(key)).sort(),
        );
        for (const entry of page.body.entry ?? []) expect(entry.fullUrl).toBe(`${BASE}/${entry.resource.resourceType}/${entry.resource.id}`);
      });

      it.each(suite.revIncludes)('%s?_revinclude=%s adds every resource that refers to the matches', async (type, revinclude, ids) => {
        const [source = '', name = ''] = revinclude.split(':');
        const page = await get(`${type}?_id=${ids}&_revinclude=${revinclude}`);
        const targets = ids.split(',').map((id) => `${type}/${id}`);
        const wanted = sortedIds(
          resources(source).filter((resource) => (referencesOf[source as 'Endpoint'][name]?.(resource) ?? []).some((ref) => targets.includes(ref))),
        );
        const included = (page.body.entry ?? []).filter((entry) => entry.search.mode === 'include').map((entry) => entry.resource);
        expect(included.every((resource) => resource.resourceType === source)).toBe(true);
        expect(sortedIds(included)).toEqual(wanted);
        expect(wanted.length).toBeGreaterThan(0);
      });

      it('returns every stored resource as imported, with its Plan-Net profile and lastUpdated, in search and read alike', async () => {
        /** What the API serves for an imported resource: Identifier.value numbers become strings (see 0003). */
        const asServed = (resource: Resource) =>
          JSON.parse(JSON.stringify(resource, (key, value) => (key === 'value' && typeof value === 'number' ? String(value) : value)));
        for (const type of directoryResourceTypes) {
          const input = resources(type);
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
        const path = `Practitioner/${resources('Practitioner')[0]?.id}`;
        const first = await get(path);
        expect(first.status).toBe(200);
        const etag = first.headers.get('etag') ?? '';
        expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
        const again = await request(path, { 'if-none-match': etag });
        expect(again.status).toBe(304);
        expect(again.body).toBeNull();
        expect((await request(path, { 'if-none-match': 'W/"other"' })).status).toBe(200);
      });
    });
  }
}
