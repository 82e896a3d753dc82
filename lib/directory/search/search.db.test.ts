/**
 * The provider search on the sample network, checked against what the stored rows say a member should
 * find: every expectation is computed here from the rows (read with Prisma), not taken from the SQL.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { createTestListing } from '@/tests/db/listing-rows';
import { rebuildListingSearchRows } from './search-rows';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { DEMO_TODAY } from '../demo/index';
import { seedSampleDirectoryIfEmpty } from '../demo/seed';
import { findListing } from './listing';
import type { ListingSummary } from './listing-types';
import { careKindCodes, MAX_PAGE, RESULTS_PER_PAGE, STALE_AFTER_DAYS } from './options';
import { parseSearchParams, type RawSearchParams } from './params';
import { findPlace } from './place';
import { searchDirectory, type SearchOutcome } from './search';

/** The sample's "today", so which listings are stale does not depend on the day the tests run. */
const now = new Date(`${DEMO_TODAY}T19:00:00Z`);
const DAY_MS = 86_400_000;

/** Great-circle miles on the sphere PostgreSQL's earthdistance uses (radius 6,378,168 m). */
function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return (2 * 6_378_168 * Math.asin(Math.sqrt(h))) / 1609.344;
}

function placeOf(text: string) {
  const lookup = findPlace(text);
  if (lookup.kind !== 'found') throw new Error(`the test needs ${text} to be a known place`);
  return lookup.place;
}
const zip97501 = placeOf('97501');

async function loadRows(db: Database) {
  return db.practitionerRole.findMany({
    include: { practitioner: true, locations: { include: { location: true }, orderBy: { position: 'asc' } } },
  });
}
type Row = Awaited<ReturnType<typeof loadRows>>[number];
type Office = Row['locations'][number]['location'];

/** What a member may be shown: active listings of active practitioners. */
const listed = (row: Row) => row.active && row.practitioner !== null && row.practitioner.active;
const openOffices = (row: Row): Office[] => row.locations.map((link) => link.location).filter((office) => office.active);
const officesWithin = (row: Row, miles: number) =>
  openOffices(row).filter(
    (office) =>
      office.latitude !== null && office.longitude !== null && milesBetween(zip97501, { latitude: office.latitude, longitude: office.longitude }) <= miles,
  );
const takingNew = (row: Row) => row.newPatients === 'newpt';
const speaks = (row: Row, language: string) => row.practitioner?.languages.includes(language) ?? false;

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).toSorted();

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`the provider search ${backend.label}`, { timeout: 180_000 }, () => {
    let db: Database;
    let rows: Row[];
    let byId: Map<string, Row>;
    useTestDatabase(backend, {
      prepare: async (session) => {
        db = session.db;
        expect((await seedSampleDirectoryIfEmpty(db)).seeded).toBe(true);
        rows = await loadRows(db);
        byId = new Map(rows.map((row) => [row.id, row]));
      },
    });

    const search = (raw: RawSearchParams): Promise<SearchOutcome> => searchDirectory(db, parseSearchParams(raw).query, now);
    /** Every page of a search, in order, as a member paging through would see them. */
    async function everyPage(raw: RawSearchParams): Promise<SearchOutcome> {
      const first = await search({ ...raw, page: '1' });
      const results = [...first.results];
      for (let page = 2; results.length < first.total && page <= MAX_PAGE; page += 1) {
        const next = await search({ ...raw, page: String(page) });
        expect(next.total).toBe(first.total);
        if (next.results.length === 0) break;
        results.push(...next.results);
      }
      expect(new Set(ids(results)).size).toBe(results.length);
      return { ...first, results };
    }
    const rowOf = (result: ListingSummary): Row => {
      const row = byId.get(result.id);
      if (!row) throw new Error(`search returned ${result.id}, which is not stored`);
      return row;
    };

    it('finds primary care near a ZIP code: only offices within the distance, nearest first, counted right', async () => {
      const expected = rows.filter((row) => listed(row) && row.isPrimaryCare && officesWithin(row, 10).length > 0);
      expect(expected.length).toBeGreaterThan(RESULTS_PER_PAGE);
      const outcome = await everyPage({ care: 'primary-care', near: '97501', miles: '10', patients: 'any' });
      expect(outcome.place).toEqual({ kind: 'found', place: zip97501 });
      expect(outcome.total).toBe(expected.length);
      expect(ids(outcome.results)).toEqual(ids(expected));

      const distances = outcome.results.map((result) => result.distanceMiles ?? Number.NaN);
      expect(distances).toEqual(distances.toSorted((a, b) => a - b));
      for (const result of outcome.results) {
        expect(result.isPrimaryCare).toBe(true);
        // The office shown is the listing's nearest, and the distance is to that office.
        const nearest = officesWithin(rowOf(result), 10)
          .map((office) => ({ office, miles: milesBetween(zip97501, { latitude: office.latitude ?? 0, longitude: office.longitude ?? 0 }) }))
          .toSorted((a, b) => a.miles - b.miles)[0];
        expect(result.distanceMiles).toBeCloseTo(nearest?.miles ?? Number.NaN, 3);
        expect(result.distanceMiles).toBeLessThanOrEqual(10);
        expect(milesBetween(zip97501, { latitude: result.office?.latitude ?? 0, longitude: result.office?.longitude ?? 0 })).toBeCloseTo(
          nearest?.miles ?? Number.NaN,
          3,
        );
      }
    });

    it("names each card's specialties as its stored resource does, and its practitioner", async () => {
      const outcome = await search({ near: '97501', miles: '10', patients: 'any' });
      const cards = outcome.results.filter((result) => result.kind === 'practitioner');
      expect(cards.length).toBeGreaterThan(10);
      for (const card of cards) {
        const row = rowOf(card);
        const stored = (row.resource as { specialty?: { coding?: { code?: string; display?: string }[]; text?: string }[] }).specialty ?? [];
        const displayOf = (code: string) => {
          const concept = stored.find((candidate) => candidate.coding?.some((coding) => coding.code === code));
          return concept?.coding?.find((coding) => coding.code === code)?.display ?? concept?.text ?? null;
        };
        expect(card.specialties).toEqual(row.specialtyCodes.map((code) => ({ code, display: displayOf(code) })));
        expect(card.name).toBe(row.practitioner?.name);
      }
      expect(cards.some((card) => card.specialties.some((specialty) => specialty.display !== null))).toBe(true);
    });

    it('finds more listings within a wider distance, and never fewer', async () => {
      const totals: number[] = [];
      for (const miles of ['5', '10', '25']) totals.push((await search({ care: 'primary-care', near: '97501', miles, patients: 'any' })).total);
      expect(totals).toEqual(totals.toSorted((a, b) => a - b));
      expect(totals[0]).toBe(rows.filter((row) => listed(row) && row.isPrimaryCare && officesWithin(row, 5).length > 0).length);
    });

    it('shows only people taking new patients by default, and everyone when asked', async () => {
      const pediatric = (row: Row) => listed(row) && row.specialtyCodes.some((code) => careKindCodes.pediatrics.includes(code));
      const accepting = await everyPage({ care: 'pediatrics' });
      expect(accepting.results.length).toBeGreaterThan(0);
      expect(accepting.results.every((result) => result.newPatients === 'newpt')).toBe(true);
      expect(ids(accepting.results)).toEqual(ids(rows.filter((row) => pediatric(row) && takingNew(row))));

      const everyone = await search({ care: 'pediatrics', patients: 'any' });
      expect(everyone.total).toBe(rows.filter(pediatric).length);
      expect(everyone.total).toBeGreaterThan(accepting.total);
    });

    it('finds people who speak a language, and more when an interpreter will do', async () => {
      const spoken = await everyPage({ lang: 'es', patients: 'any', care: 'primary-care' });
      expect(spoken.results.length).toBeGreaterThan(0);
      for (const result of spoken.results) expect(result.languages).toContain('es');
      expect(ids(spoken.results)).toEqual(ids(rows.filter((row) => listed(row) && row.isPrimaryCare && speaks(row, 'es'))));

      const withInterpreter = await everyPage({ lang: 'es', interpreter: '1', patients: 'any', care: 'primary-care' });
      expect(withInterpreter.total).toBeGreaterThanOrEqual(spoken.total);
      for (const result of withInterpreter.results) expect([...result.languages, ...result.interpreterLanguages]).toContain('es');
      expect(ids(withInterpreter.results)).toEqual(
        ids(rows.filter((row) => listed(row) && row.isPrimaryCare && (speaks(row, 'es') || row.interpreterLanguages.includes('es')))),
      );
    });

    it('finds people who sign ASL or offer an ASL interpreter', async () => {
      const expected = rows.filter((row) => listed(row) && (speaks(row, 'ase') || row.interpreterLanguages.includes('ase')));
      expect(expected.length).toBeGreaterThan(0);
      const outcome = await everyPage({ asl: '1', patients: 'any' });
      expect(ids(outcome.results)).toEqual(ids(expected));
      for (const result of outcome.results) expect([...result.languages, ...result.interpreterLanguages]).toContain('ase');
    });

    it('finds people of the gender asked for', async () => {
      for (const gender of ['female', 'male'] as const) {
        const outcome = await search({ gender, care: 'dental', patients: 'any' });
        const expected = rows.filter(
          (row) => listed(row) && row.practitioner?.gender === gender && row.specialtyCodes.some((code) => careKindCodes.dental.includes(code)),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(outcome.total).toBe(expected.length);
        for (const result of outcome.results) expect(rowOf(result).practitioner?.gender).toBe(gender);
      }
    });

    it('finds listings that offer telehealth', async () => {
      const expected = rows.filter((row) => listed(row) && row.telehealth && takingNew(row));
      expect(expected.length).toBeGreaterThan(0);
      const outcome = await everyPage({ telehealth: '1' });
      expect(ids(outcome.results)).toEqual(ids(expected));
      for (const result of outcome.results) expect(result.telehealth).toBe(true);
    });

    it('finds offices that have every accessibility feature asked for, at the same office', async () => {
      const hasBoth = (office: Office) => office.accessibilityCodes.includes('entrance') && office.accessibilityCodes.includes('restroom');
      const expected = rows.filter((row) => listed(row) && row.isPrimaryCare && takingNew(row) && openOffices(row).some(hasBoth));
      expect(expected.length).toBeGreaterThan(0);
      const outcome = await everyPage({ care: 'primary-care', access: ['restroom', 'entrance'] });
      expect(ids(outcome.results)).toEqual(ids(expected));
      for (const result of outcome.results) expect(result.office?.accessibility).toEqual(expect.arrayContaining(['entrance', 'restroom']));
      const onlyEntrance = await search({ care: 'primary-care', access: 'entrance' });
      expect(onlyEntrance.total).toBeGreaterThanOrEqual(outcome.total);
    });

    it('finds "jose" as José, without the accent, exact matches first', async () => {
      const named = (row: Row) => listed(row) && (row.practitioner?.name.includes('José') ?? false);
      const josés = rows.filter(named);
      expect(josés.length).toBeGreaterThan(0);
      const outcome = await everyPage({ name: 'jose', patients: 'any' });
      expect(outcome.results.length).toBeGreaterThanOrEqual(josés.length);
      // Everyone called José comes before any weaker match (a Joseph, a Josefina).
      const leading = outcome.results.slice(0, josés.length);
      expect(ids(leading)).toEqual(ids(josés));
      expect(leading.every((result) => result.name.includes('José'))).toBe(true);
      const typedWithAccent = await search({ name: '  JOSÉ ', patients: 'any' });
      expect(typedWithAccent.total).toBe(outcome.total);
    });

    it('finds a misspelled family name ("garsia" finds García)', async () => {
      const garcías = rows.filter((row) => listed(row) && row.practitioner?.familyName === 'García');
      expect(garcías.length).toBeGreaterThan(0);
      const outcome = await everyPage({ name: 'garsia', patients: 'any' });
      expect(ids(outcome.results)).toEqual(expect.arrayContaining(ids(garcías)));
      expect(outcome.results[0]?.name).toContain('García');
      // Only names that resemble it, not the whole directory.
      expect(outcome.total).toBeLessThan(rows.filter(listed).length / 4);
    });

    it('finds nobody for a name nobody has, and says so with a total of zero', async () => {
      expect(await search({ name: 'zzqxv', patients: 'any' })).toMatchObject({ results: [], total: 0 });
    });

    it('pages through results: page 2 continues page 1 without repeating anyone', async () => {
      const query = { care: 'primary-care', near: '97501', miles: '25', patients: 'any' };
      const [one, two] = [await search({ ...query, page: '1' }), await search({ ...query, page: '2' })];
      expect(one.total).toBeGreaterThan(2 * RESULTS_PER_PAGE);
      expect(two.total).toBe(one.total);
      expect(one.results).toHaveLength(RESULTS_PER_PAGE);
      expect(two.results).toHaveLength(RESULTS_PER_PAGE);
      expect(ids(one.results).filter((id) => ids(two.results).includes(id))).toEqual([]);
      expect(two.results[0]?.distanceMiles).toBeGreaterThanOrEqual(one.results.at(-1)?.distanceMiles ?? Number.POSITIVE_INFINITY);
      // The order is stable, so going back to page 1 shows the same people.
      expect((await search({ ...query, page: '1' })).results.map((result) => result.id)).toEqual(one.results.map((result) => result.id));
    });

    it('gives no results but the right total on a page past the end', async () => {
      const query = { care: 'pregnancy', patients: 'any' };
      const total = rows.filter((row) => listed(row) && row.specialtyCodes.some((code) => careKindCodes.pregnancy.includes(code))).length;
      expect(total).toBeGreaterThan(0);
      const lastPage = Math.ceil(total / RESULTS_PER_PAGE);
      expect((await search({ ...query, page: String(lastPage) })).results).toHaveLength(total - (lastPage - 1) * RESULTS_PER_PAGE);
      expect(await search({ ...query, page: String(lastPage + 1) })).toMatchObject({ total, results: [] });
      expect(await search({ ...query, page: String(MAX_PAGE) })).toMatchObject({ total, results: [] });
      // The same with a name, whose count runs with its own similarity threshold.
      const garsia = await search({ name: 'garsia', patients: 'any' });
      expect(await search({ name: 'garsia', patients: 'any', page: String(MAX_PAGE) })).toMatchObject({ total: garsia.total, results: [] });
    });

    it('near a place, counts the same on every page, past the last and at the deepest page, and counts nobody where no one is', async () => {
      const query = { care: 'primary-care', near: '97501', miles: '10', patients: 'any' };
      const total = rows.filter((row) => listed(row) && row.isPrimaryCare && officesWithin(row, 10).length > 0).length;
      const lastPage = Math.ceil(total / RESULTS_PER_PAGE);
      expect((await search({ ...query, page: String(lastPage) })).results).toHaveLength(total - (lastPage - 1) * RESULTS_PER_PAGE);
      // Past the last page, and at the deepest, the nearest rows and the count come from separate statements.
      expect(await search({ ...query, page: String(lastPage + 1) })).toMatchObject({ total, results: [] });
      expect(await search({ ...query, page: String(MAX_PAGE) })).toMatchObject({ total, results: [] });
      // Burns, in the high desert: no sample office within 5 miles.
      expect(await search({ ...query, near: '97720', miles: '5' })).toMatchObject({ total: 0, totalIsCapped: false, results: [] });
    });

    it('searches without a distance when the place is unknown, and says it did not know the place', async () => {
      const unknown = await search({ care: 'dental', near: 'Atlantis', patients: 'any' });
      const nowhere = await search({ care: 'dental', patients: 'any' });
      expect(unknown.place).toEqual({ kind: 'unknown' });
      expect(nowhere.place).toEqual({ kind: 'none' });
      expect(unknown.total).toBe(nowhere.total);
      expect(ids(unknown.results)).toEqual(ids(nowhere.results));
      expect(unknown.results.every((result) => result.distanceMiles === null)).toBe(true);
    });

    it('ignores a place too long to be one, rather than guessing', async () => {
      const outcome = await search({ care: 'dental', near: `Medford ${'x'.repeat(80)}`, patients: 'any' });
      expect(outcome.place).toEqual({ kind: 'none' });
    });

    it.each(['no-such-listing', '../x', 'x'.repeat(100), '', 'a b', 'role%27--'])('opens no listing for the id %j', async (id) => {
      expect(await findListing(db, id, now)).toBeNull();
    });

    it('flags a listing not verified in the last 180 days as stale', async () => {
      const ageInDays = (row: Row) => (now.getTime() - row.verifiedAt.getTime()) / DAY_MS;
      const stale = rows.find((row) => listed(row) && ageInDays(row) > STALE_AFTER_DAYS + 1);
      const fresh = rows.find((row) => listed(row) && ageInDays(row) < STALE_AFTER_DAYS - 1);
      if (!stale || !fresh) throw new Error('the sample needs both stale and fresh listings');
      expect(await findListing(db, stale.id, now)).toMatchObject({ stale: true, verifiedOn: stale.verifiedAt.toISOString().slice(0, 10) });
      expect(await findListing(db, fresh.id, now)).toMatchObject({ stale: false });
      // The same listing on the day it turns 180 days old, and the moment after.
      const day180 = new Date(fresh.verifiedAt.getTime() + STALE_AFTER_DAYS * DAY_MS);
      expect((await findListing(db, fresh.id, day180))?.stale).toBe(false);
      expect((await findListing(db, fresh.id, new Date(day180.getTime() + 1)))?.stale).toBe(true);
    });

    it('flags stale listings in search results too', async () => {
      const outcome = await everyPage({ care: 'behavioral-health', patients: 'any' });
      for (const result of outcome.results) {
        expect(result.stale).toBe(now.getTime() - rowOf(result).verifiedAt.getTime() > STALE_AFTER_DAYS * DAY_MS);
      }
      expect(outcome.results.some((result) => result.stale)).toBe(true);
      expect(outcome.results.some((result) => !result.stale)).toBe(true);
    });

    // These change the directory tables directly, as a staff tool might, so each rebuilds the
    // search's own table afterwards (an import does that itself).
    describe('when the data changes', () => {
      it('opens a listing with every office, in the order the listing gives them', async () => {
        const listing = await createTestListing(db, 'search-db');
        try {
          const detail = await findListing(db, listing.roleId, now);
          expect(detail).toMatchObject({ id: listing.roleId, name: listing.practitionerName, organizationName: listing.organizationName, otherOfficeCount: 1 });
          // Written second-office-first; only `position` puts them in the listing's order.
          expect(detail?.offices.map((office) => office.phone)).toEqual([listing.firstLocationPhone, listing.secondLocationPhone]);
          expect(detail?.office?.phone).toBe(listing.firstLocationPhone);
        } finally {
          await db.practitionerRole.delete({ where: { id: listing.roleId } });
          await db.location.deleteMany({ where: { id: { in: ['location-search-db-0', 'location-search-db-1'] } } });
          await db.practitioner.delete({ where: { id: 'practitioner-search-db' } });
          await db.organization.delete({ where: { id: 'org-search-db' } });
          await rebuildListingSearchRows(db);
        }
      });

      it('still lists a telehealth listing that has no office, except in a search near a place', async () => {
        const row = rows.find((candidate) => listed(candidate) && candidate.telehealth && takingNew(candidate) && officesWithin(candidate, 10).length > 0);
        const link = row?.locations[0];
        if (!row || !link) throw new Error('the sample has no telehealth listing near 97501');
        await db.practitionerRoleLocation.delete({ where: { roleId_locationId: { roleId: row.id, locationId: link.locationId } } });
        await rebuildListingSearchRows(db);
        try {
          const anywhere = await everyPage({ telehealth: '1' });
          expect(anywhere.results.find((result) => result.id === row.id)).toMatchObject({ office: null, distanceMiles: null, otherOfficeCount: 0 });
          const near = await everyPage({ telehealth: '1', near: '97501' });
          expect(ids(near.results)).not.toContain(row.id);
          expect(await findListing(db, row.id, now)).toMatchObject({ id: row.id, office: null, offices: [] });
        } finally {
          await db.practitionerRoleLocation.create({ data: { roleId: row.id, locationId: link.locationId, position: link.position } });
          await rebuildListingSearchRows(db);
        }
      });

      it('no longer finds a listing near the member by an office that has closed', async () => {
        // A primary-care listing whose one office is within 10 miles of 97501, given a second office far away.
        const row = rows.find(
          (candidate) => listed(candidate) && candidate.isPrimaryCare && openOffices(candidate).length === 1 && officesWithin(candidate, 10).length === 1,
        );
        const closing = row && openOffices(row)[0];
        const far = (await db.location.findMany())
          .filter((office) => office.latitude !== null && office.longitude !== null)
          .map((office) => ({ office, miles: milesBetween(zip97501, { latitude: office.latitude ?? 0, longitude: office.longitude ?? 0 }) }))
          .toSorted((a, b) => b.miles - a.miles)[0];
        if (!row || !closing || !far) throw new Error('the sample has no primary-care listing with one office near 97501');
        expect(far.miles).toBeGreaterThan(10);

        await db.practitionerRoleLocation.create({ data: { roleId: row.id, locationId: far.office.id, position: 1 } });
        await db.location.update({ where: { id: closing.id }, data: { active: false } });
        await rebuildListingSearchRows(db);
        try {
          const expected = (await loadRows(db)).filter((candidate) => listed(candidate) && candidate.isPrimaryCare && officesWithin(candidate, 10).length > 0);
          const outcome = await everyPage({ care: 'primary-care', near: '97501', miles: '10', patients: 'any' });
          expect(ids(outcome.results)).not.toContain(row.id);
          expect(outcome.total).toBe(expected.length);
          for (const result of outcome.results) {
            // The office shown is open, and the distance shown is to that office.
            expect(result.office?.id).not.toBe(closing.id);
            expect(milesBetween(zip97501, { latitude: result.office?.latitude ?? 0, longitude: result.office?.longitude ?? 0 })).toBeCloseTo(
              result.distanceMiles ?? Number.NaN,
              3,
            );
          }
          expect((await findListing(db, row.id, now))?.offices.map((office) => office.id)).toEqual([far.office.id]);
        } finally {
          await db.location.update({ where: { id: closing.id }, data: { active: true } });
          await db.practitionerRoleLocation.delete({ where: { roleId_locationId: { roleId: row.id, locationId: far.office.id } } });
          await rebuildListingSearchRows(db);
        }
      });

      it('no longer lists, or opens, a listing whose practitioner is no longer active', async () => {
        const row = rows.find((candidate) => listed(candidate) && candidate.practitionerId !== null && candidate.isPrimaryCare);
        if (!row?.practitionerId) throw new Error('the sample has no primary-care listing');
        const name = row.practitioner?.name ?? '';
        await db.practitioner.update({ where: { id: row.practitionerId }, data: { active: false } });
        await rebuildListingSearchRows(db);
        try {
          const outcome = await everyPage({ name, patients: 'any' });
          expect(ids(outcome.results)).not.toContain(row.id);
          expect(await findListing(db, row.id, now)).toBeNull();
        } finally {
          await db.practitioner.update({ where: { id: row.practitionerId }, data: { active: true } });
          await rebuildListingSearchRows(db);
        }
      });

      it('no longer opens a listing that is no longer active', async () => {
        const row = rows.find(listed);
        if (!row) throw new Error('the sample has no listings');
        await db.practitionerRole.update({ where: { id: row.id }, data: { active: false } });
        try {
          expect(await findListing(db, row.id, now)).toBeNull();
        } finally {
          await db.practitionerRole.update({ where: { id: row.id }, data: { active: true } });
        }
        expect((await findListing(db, row.id, now))?.id).toBe(row.id);
      });
    });
  });
}
