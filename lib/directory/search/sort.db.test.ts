/**
 * Sorting a search near a place: closest first (the default) or by last name. Both orders must list
 * the same listings, the name order must follow the stored family-name key, and every listing keeps
 * the distance of its nearest matching office.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { DEMO_TODAY } from '../demo/index';
import { seedSampleDirectoryIfEmpty } from '../demo/seed';
import type { ListingSummary } from './listing-types';
import { MAX_PAGE } from './options';
import { parseSearchParams, searchHref, type RawSearchParams } from './params';
import { searchDirectory } from './search';

const now = new Date(`${DEMO_TODAY}T19:00:00Z`);
const near = { care: 'primary-care', near: '97501', miles: '10', patients: 'any' };

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`sorting a search near a place ${backend.label}`, { timeout: 180_000 }, () => {
    let db: Database;
    useTestDatabase(backend, {
      prepare: async (session) => {
        db = session.db;
        expect((await seedSampleDirectoryIfEmpty(db)).seeded).toBe(true);
      },
    });

    async function everyPage(raw: RawSearchParams): Promise<ListingSummary[]> {
      const search = (page: number) => searchDirectory(db, parseSearchParams({ ...raw, page: String(page) }).query, now);
      const first = await search(1);
      const results = [...first.results];
      for (let page = 2; results.length < first.total && page <= MAX_PAGE; page += 1) results.push(...(await search(page)).results);
      expect(results.length).toBe(first.total);
      return results;
    }

    it('lists the same providers by last name as closest first, in family-name order, each with its distance', async () => {
      const closest = await everyPage(near);
      const byName = await everyPage({ ...near, sort: 'name' });
      expect(closest.length).toBeGreaterThan(20);
      expect(byName.map((listing) => listing.id).toSorted()).toEqual(closest.map((listing) => listing.id).toSorted());
      expect(byName.map((listing) => listing.id)).not.toEqual(closest.map((listing) => listing.id));

      // The expected order: the same listings sorted by the stored family-name key, in the database's own collation.
      const expected = await db.listingSearchRow.findMany({
        where: { firstOffice: true, roleId: { in: byName.map((listing) => listing.id) } },
        orderBy: [{ familyKey: 'asc' }, { searchName: 'asc' }, { roleId: 'asc' }],
        select: { roleId: true },
      });
      expect(byName.map((listing) => listing.id)).toEqual(expected.map((row) => row.roleId));

      const distance = new Map(closest.map((listing) => [listing.id, listing.distanceMiles]));
      for (const listing of byName) {
        expect(listing.distanceMiles).not.toBeNull();
        expect(listing.distanceMiles).toBeCloseTo(distance.get(listing.id) ?? -1, 5);
        expect(listing.distanceMiles ?? Infinity).toBeLessThanOrEqual(10);
      }
    });

    it('keeps the order in every link it writes, and reads anything else as closest first', () => {
      const parsed = parseSearchParams({ ...near, sort: 'name' });
      expect(parsed.query.sort).toBe('name');
      expect(searchHref(parsed.query, { page: 2 })).toContain('sort=name');
      expect(searchHref(parseSearchParams(near).query)).not.toContain('sort=');
      const odd = parseSearchParams({ ...near, sort: 'price' });
      expect(odd.query.sort).toBe('distance');
      expect(odd.problems).toContain('ignored-setting');
    });
  });
}
