/**
 * Who a listing sees (adults, children, both) and finding providers by their clinic's name, on the
 * sample network. Expectations are computed here from the stored Plan-Net rows, read with Prisma.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { DEMO_TODAY } from '../demo/index';
import { seedSampleDirectoryIfEmpty } from '../demo/seed';
import { findListing } from './listing';
import type { ListingSummary, PatientAges } from './listing-types';
import { adultOnlyCodes, careKindCodes, MAX_PAGE } from './options';
import { parseSearchParams, type RawSearchParams } from './params';
import { searchDirectory } from './search';

const now = new Date(`${DEMO_TODAY}T19:00:00Z`);

async function loadRows(db: Database) {
  const [roles, services] = await Promise.all([
    db.practitionerRole.findMany({ include: { practitioner: true, organization: true } }),
    db.healthcareService.findMany(),
  ]);
  return { roles, services: new Map(services.map((service) => [service.id, service])) };
}
type Rows = Awaited<ReturnType<typeof loadRows>>;
type Role = Rows['roles'][number];

const listed = (role: Role) => role.active && role.practitioner !== null && role.practitioner.active;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).toSorted();

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`ages and clinic names in the provider search ${backend.label}`, { timeout: 180_000 }, () => {
    let db: Database;
    let rows: Rows;
    useTestDatabase(backend, {
      prepare: async (session) => {
        db = session.db;
        expect((await seedSampleDirectoryIfEmpty(db)).seeded).toBe(true);
        rows = await loadRows(db);
      },
    });

    async function everyPage(raw: RawSearchParams): Promise<ListingSummary[]> {
      const search = (page: number) => searchDirectory(db, parseSearchParams({ ...raw, page: String(page) }).query, now);
      const first = await search(1);
      const results = [...first.results];
      for (let page = 2; results.length < first.total && page <= MAX_PAGE; page += 1) results.push(...(await search(page)).results);
      return results;
    }

    /** The rule, from the data: pediatric specialty; else the first service that states eligibility; else internal medicine or geriatrics; else both. */
    const agesOf = (role: Role): PatientAges => {
      if (role.specialtyCodes.some((code) => careKindCodes.pediatrics.includes(code))) return 'children';
      const stated = role.healthcareServiceIds.map((id) => rows.services.get(id)?.ages).find((ages) => ages === 'adults' || ages === 'children');
      if (stated) return stated;
      const adultCodes: readonly string[] = adultOnlyCodes;
      return role.specialtyCodes.some((code) => code.startsWith('207R') || adultCodes.includes(code)) ? 'adults' : 'both';
    };

    it('has primary care for adults only, for children only and for both in the sample', () => {
      const primary = rows.roles.filter((role) => listed(role) && role.isPrimaryCare);
      for (const ages of ['adults', 'children', 'both'] as const) expect(primary.filter((role) => agesOf(role) === ages).length, ages).toBeGreaterThan(5);
    });

    it("leaves pediatric practices out of an adult's primary-care search, and internal medicine out of a child's", async () => {
      for (const ages of ['adults', 'children'] as const) {
        const expected = rows.roles.filter((role) => listed(role) && role.isPrimaryCare && [ages, 'both'].includes(agesOf(role)));
        const results = await everyPage({ care: 'primary-care', patients: 'any', ages });
        expect(ids(results)).toEqual(ids(expected));
        for (const result of results) expect([ages, 'both']).toContain(result.ages);
      }
      const adults = await everyPage({ care: 'primary-care', patients: 'any', ages: 'adults' });
      expect(adults.some((result) => result.specialties.some((specialty) => careKindCodes.pediatrics.includes(specialty.code)))).toBe(false);
      expect(adults.some((result) => result.organizationName === 'Bear Creek Pediatrics')).toBe(false);
      const children = await everyPage({ care: 'primary-care', patients: 'any', ages: 'children' });
      expect(children.some((result) => result.organizationName === 'Roxy Ann Internal Medicine')).toBe(false);
    });

    it('says on the listing page who the provider sees', async () => {
      const pediatrician = rows.roles.find((role) => listed(role) && role.organization?.name === 'Bear Creek Pediatrics') as Role;
      expect((await findListing(db, pediatrician.id, now))?.ages).toBe('children');
      const internist = rows.roles.find((role) => listed(role) && role.organization?.name === 'Roxy Ann Internal Medicine') as Role;
      expect((await findListing(db, internist.id, now))?.ages).toBe('adults');
    });

    it("finds every provider at a clinic by the clinic's name, typed loosely", async () => {
      const atTableRock = rows.roles.filter((role) => listed(role) && role.organization?.name === 'Table Rock Family Health');
      expect(atTableRock.length).toBeGreaterThan(3);
      for (const typed of ['Table Rock', 'table rock family', 'Tabel Rock']) {
        const results = await everyPage({ name: typed, patients: 'any' });
        expect(ids(results), typed).toEqual(expect.arrayContaining(ids(atTableRock)));
        // The clinic's own providers come first: the best match is the organization's name.
        expect(ids(results.slice(0, atTableRock.length)), typed).toEqual(ids(atTableRock));
      }
      const primaryOnly = await everyPage({ name: 'Table Rock', care: 'primary-care', patients: 'any' });
      const primaryAtTableRock = atTableRock.filter((role) => role.isPrimaryCare);
      expect(ids(primaryOnly.slice(0, primaryAtTableRock.length))).toEqual(ids(primaryAtTableRock));
      // After them only near misses, as a typo-tolerant search should: "Pilot Rock Family Medicine".
      for (const result of primaryOnly.slice(primaryAtTableRock.length)) expect(result.organizationName).toMatch(/Rock/);
    });
  });
}
