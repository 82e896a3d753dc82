/**
 * The sample network's places (urgent care, pharmacies ...) are ordinary Plan-Net resources: the FHIR
 * API finds them with the Plan-Net search parameters. Expectations come from the generated resources.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { generateDemoNetwork } from '@/lib/directory/demo/index';
import { seedSampleDirectoryIfEmpty } from '@/lib/directory/demo/seed';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { matchIds, requester, schemaErrors, sortedIds, type Body } from '@/tests/fhir/harness';

const sample = generateDemoNetwork();
const servicesIn = (category: string) =>
  sample.HealthcareService.filter((service) => service.category.some((concept) => concept.coding?.some((coding) => coding.code === category)));

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`FHIR API searches over the sample's places ${backend.label}`, { timeout: 180_000 }, () => {
    let db: Database;
    let request: ReturnType<typeof requester>;
    useTestDatabase(backend, {
      prepare: async (session) => {
        db = session.db;
        expect((await seedSampleDirectoryIfEmpty(db)).seeded).toBe(true);
        request = requester(() => db);
      },
    });
    const get = async (pathAndQuery: string): Promise<Body> => {
      const response = await request(pathAndQuery);
      expect(response.status, pathAndQuery).toBe(200);
      expect(schemaErrors(response.body), pathAndQuery).toEqual([]);
      return response.body;
    };

    it.each(['urg', 'pharm', 'emerg', 'hosp', 'lab'])(
      'HealthcareService?service-category=%s finds exactly the sample places of that category',
      async (category) => {
        const wanted = sortedIds(servicesIn(category));
        expect(wanted.length).toBeGreaterThan(0);
        const bundle = await get(`HealthcareService?service-category=${category}&_count=100`);
        expect(matchIds(bundle)).toEqual(wanted);
        expect(bundle.total).toBe(wanted.length);
      },
    );

    it('finds a category by its system and code, and includes the locations with their hours', async () => {
      const system = encodeURIComponent('http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/HealthcareServiceCategoryCS');
      const bundle = await get(`HealthcareService?service-category=${system}|urg&_include=HealthcareService:location&_count=100`);
      expect(matchIds(bundle)).toEqual(sortedIds(servicesIn('urg')));
      const included = (bundle.entry ?? []).filter((entry) => entry.search.mode === 'include').map((entry) => entry.resource);
      const wantedLocations = servicesIn('urg').flatMap((service) => service.location.map((reference) => reference.reference.replace('Location/', '')));
      expect(sortedIds(included)).toEqual(wantedLocations.toSorted());
      for (const location of included) expect(Array.isArray(location.hoursOfOperation) && location.hoursOfOperation.length > 0).toBe(true);
    });

    it('finds pharmacy locations by Location type and city', async () => {
      const wanted = sample.Location.filter(
        (location) => location.type?.some((concept) => concept.coding?.some((coding) => coding.code === 'PHARM')) && location.address.city === 'Medford',
      );
      expect(wanted.length).toBe(3);
      expect(matchIds(await get('Location?type=PHARM&address-city=Medford&_count=100'))).toEqual(sortedIds(wanted));
    });

    it("finds the network's pharmacies through OrganizationAffiliation, and not the one outside it", async () => {
      const pharmacies = servicesIn('pharm');
      const bundle = await get('OrganizationAffiliation?network=Organization/jcc-network&_count=200');
      const affiliated = new Set(
        (bundle.entry ?? []).flatMap((entry) => ((entry.resource.healthcareService ?? []) as { reference: string }[]).map((reference) => reference.reference)),
      );
      const outside = pharmacies.filter((service) => !affiliated.has(`HealthcareService/${service.id}`)).map((service) => service.name);
      expect(outside).toEqual(['Valley Discount Drug']);
    });
  });
}
