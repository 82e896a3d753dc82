/**
 * Places (urgent care, emergency rooms, hospitals, pharmacies, labs) as listings in the member search,
 * on the sample network. Expectations are computed here from the stored Plan-Net rows, read with Prisma.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { DEMO_TODAY } from '../demo/index';
import { seedSampleDirectoryIfEmpty } from '../demo/seed';
import { findListing } from './listing';
import { placeListingId } from './listing-ids';
import type { ListingSummary } from './listing-types';
import { noteInLanguage } from './notes';
import { MAX_PAGE } from './options';
import { parseSearchParams, type RawSearchParams } from './params';
import { findPlace } from './place';
import { searchDirectory, type SearchOutcome } from './search';

const now = new Date(`${DEMO_TODAY}T19:00:00Z`);

/** Great-circle miles on the sphere PostgreSQL's earthdistance uses (radius 6,378,168 m). */
function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return (2 * 6_378_168 * Math.asin(Math.sqrt(h))) / 1609.344;
}

const place97501 = (() => {
  const lookup = findPlace('97501');
  if (lookup.kind !== 'found') throw new Error('the test needs 97501 to be a known place');
  return lookup.place;
})();

async function loadPlaceData(db: Database) {
  const [services, locations, affiliations] = await Promise.all([
    db.healthcareService.findMany({ include: { providedBy: true } }),
    db.location.findMany(),
    db.organizationAffiliation.findMany(),
  ]);
  return { services, locations: new Map(locations.map((location) => [location.id, location])), affiliations };
}
type PlaceData = Awaited<ReturnType<typeof loadPlaceData>>;
type Service = PlaceData['services'][number];

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).toSorted();

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`places in the provider search ${backend.label}`, { timeout: 180_000 }, () => {
    let db: Database;
    let data: PlaceData;
    useTestDatabase(backend, {
      prepare: async (session) => {
        db = session.db;
        expect((await seedSampleDirectoryIfEmpty(db)).seeded).toBe(true);
        data = await loadPlaceData(db);
      },
    });

    const search = (raw: RawSearchParams): Promise<SearchOutcome> => searchDirectory(db, parseSearchParams(raw).query, now);
    async function everyPage(raw: RawSearchParams): Promise<ListingSummary[]> {
      const first = await search({ ...raw, page: '1' });
      const results = [...first.results];
      for (let page = 2; results.length < first.total && page <= MAX_PAGE; page += 1) results.push(...(await search({ ...raw, page: String(page) })).results);
      return results;
    }
    /** Active services of the category with an open location within `miles` of 97501. */
    const expectedNear = (category: string, miles: number) =>
      data.services.filter(
        (service) =>
          service.active &&
          service.categoryCodes.includes(category) &&
          service.locationIds.some((id) => {
            const location = data.locations.get(id);
            return (
              location?.active &&
              location.latitude !== null &&
              location.longitude !== null &&
              milesBetween(place97501, { latitude: location.latitude, longitude: location.longitude }) <= miles
            );
          }),
      );
    const inNetwork = (service: Service) =>
      data.affiliations.some(
        (affiliation) =>
          affiliation.active &&
          affiliation.networkIds.length > 0 &&
          (affiliation.healthcareServiceIds.includes(service.id) ||
            (affiliation.healthcareServiceIds.length === 0 && affiliation.participatingOrganizationId === service.providedById)),
      );
    const asListings = (services: Service[]) => services.map((service) => ({ id: placeListingId(service.id) }));

    it('finds urgent care near a ZIP code, nearest first, with address, phone and hours', async () => {
      const expected = expectedNear('urg', 10);
      expect(expected.length).toBeGreaterThan(1);
      const results = await everyPage({ care: 'urgent-care', near: '97501', miles: '10' });
      expect(ids(results)).toEqual(ids(asListings(expected)));
      const distances = results.map((result) => result.distanceMiles ?? Number.NaN);
      expect(distances).toEqual(distances.toSorted((a, b) => a - b));
      for (const result of results) {
        expect(result).toMatchObject({ kind: 'place', placeCategories: ['urgent-care'], inNetwork: true, credentials: null });
        expect(result.office?.addressLines.length).toBeGreaterThan(0);
        expect(result.phone).toMatch(/^541-555-01\d\d$/);
        expect(result.office?.hours.length).toBeGreaterThan(0);
      }
    });

    it('finds pharmacies near a ZIP code and says which are in the network, as the affiliations do', async () => {
      const expected = expectedNear('pharm', 10);
      const results = await everyPage({ care: 'pharmacy', near: '97501', miles: '10' });
      expect(ids(results)).toEqual(ids(asListings(expected)));
      const byId = new Map(expected.map((service) => [placeListingId(service.id), service]));
      for (const result of results) expect(result.inNetwork).toBe(inNetwork(byId.get(result.id) as Service));
      expect(results.filter((result) => result.inNetwork === false).map((result) => result.name)).toEqual(['Valley Discount Drug']);
    });

    it('finds Spanish-speaking pharmacies when the member filters on Spanish', async () => {
      const expected = expectedNear('pharm', 25).filter((service) => service.languages.includes('es'));
      expect(expected.length).toBeGreaterThan(0);
      const results = await everyPage({ care: 'pharmacy', near: '97501', miles: '25', lang: 'es' });
      expect(ids(results)).toEqual(ids(asListings(expected)));
    });

    it('lists emergency rooms, hospitals and labs by their Plan-Net category, and no people', async () => {
      for (const [care, category] of [
        ['emergency', 'emerg'],
        ['hospital', 'hosp'],
        ['lab', 'lab'],
      ] as const) {
        const results = await everyPage({ care, near: '97501', miles: '50' });
        expect(ids(results)).toEqual(ids(asListings(expectedNear(category, 50))));
        expect(results.every((result) => result.kind === 'place')).toBe(true);
      }
      const emergency = await search({ care: 'emergency', near: '97520', miles: '5' });
      expect(emergency.results[0]?.office?.hours).toEqual([
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: null, closes: null, allDay: true },
      ]);
    });

    it("opens a place's own page by its listing id, and no page for a clinic's service or a made-up id", async () => {
      const pharmacy = data.services.find((service) => service.name === 'Valley Discount Drug') as Service;
      const detail = await findListing(db, placeListingId(pharmacy.id), now);
      expect(detail).toMatchObject({ id: `place_${pharmacy.id}`, kind: 'place', name: 'Valley Discount Drug', inNetwork: false, npi: null });
      expect(detail?.offices.map((office) => office.id)).toEqual(pharmacy.locationIds);
      const clinicService = data.services.find((service) => !service.id.startsWith('jcc-facility-')) as Service;
      expect(await findListing(db, placeListingId(clinicService.id), now)).toBeNull();
      expect(await findListing(db, 'place_', now)).toBeNull();
      expect(await findListing(db, 'place_../../etc', now)).toBeNull();
    });

    it('gives the hours and transit notes in Spanish where the data has both', async () => {
      const pharmacy = data.services.find((service) => service.name === 'Pear Tree Pharmacy') as Service;
      const detail = await findListing(db, placeListingId(pharmacy.id), now);
      const hours = detail?.office?.notes.find((note) => note.topic === 'hours');
      expect(hours && noteInLanguage(hours, 'es')).toEqual({ text: 'Cerrado los domingos y los días festivos principales.', lang: 'es' });
      expect(hours && noteInLanguage(hours, 'en')).toEqual({ text: 'Closed on Sundays and major holidays.', lang: 'en' });
      // A language the data lacks falls back to English, and says so.
      expect(hours && noteInLanguage(hours, 'vi').lang).toBe('en');
    });
  });
}
