import { beforeEach, describe, expect, it } from 'vitest';
import { createTestListing, type TestListing } from '@/tests/db/listing-rows';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { parseReportForm, type ListingReportInput } from './schema';
import { createListingReport, listListingReports, resolveListingReport, UnknownListingError, UnknownReportError } from './store';

function validReport(fields: Record<string, string>): ListingReportInput {
  const parsed = parseReportForm(fields);
  if (!parsed.ok) throw new Error(`test input is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`listing reports ${backend.label}`, { timeout: 120_000 }, () => {
    let listing: TestListing;
    const session = useTestDatabase(backend, {
      prepare: async () => {
        listing = await createTestListing(session.db);
      },
    });
    beforeEach(async () => {
      await session.db.providerReport.deleteMany();
    });

    it('saves a report and lists it with the facts staff need to check the listing', async () => {
      const id = await createListingReport(
        session.db,
        listing.roleId,
        validReport({ problem: 'wrong-phone', details: 'The number is a fax.', contact: 'ana@example.org' }),
      );
      expect(await listListingReports(session.db)).toEqual([
        {
          id,
          problem: 'wrong-phone',
          details: 'The number is a fax.',
          contact: 'ana@example.org',
          createdAt: expect.any(Date),
          resolvedAt: null,
          listing: {
            roleId: listing.roleId,
            practitionerName: listing.practitionerName,
            organizationName: listing.organizationName,
            phone: listing.firstLocationPhone,
          },
        },
      ]);
      const [stored] = await session.db.$queryRaw<{ problem: string }[]>`SELECT problem::text FROM "ProviderReport"`;
      expect(stored?.problem).toBe('wrong-phone');
    });

    it('saves a report on a place (a pharmacy) and lists it under the place and its organization', async () => {
      const lastUpdated = new Date('2026-11-01T00:00:00Z');
      await session.db.organization.create({ data: { id: 'org-pharmacy', lastUpdated, contentHash: 'x', resource: {}, name: 'Pear Tree Pharmacy Group' } });
      await session.db.healthcareService.create({
        data: {
          id: 'service-pharmacy',
          lastUpdated,
          contentHash: 'x',
          resource: {},
          name: 'Pear Tree Pharmacy',
          providedById: 'org-pharmacy',
          categoryCodes: ['pharm'],
          phone: '541-555-0160',
        },
      });
      const id = await createListingReport(session.db, 'place_service-pharmacy', validReport({ problem: 'wrong-phone' }));
      const [report] = await listListingReports(session.db);
      expect(report).toMatchObject({
        id,
        problem: 'wrong-phone',
        listing: {
          roleId: 'place_service-pharmacy',
          practitionerName: 'Pear Tree Pharmacy',
          organizationName: 'Pear Tree Pharmacy Group',
          phone: '541-555-0160',
        },
      });
      await expect(createListingReport(session.db, 'place_no-such-service', validReport({ problem: 'other', details: 'Closed.' }))).rejects.toBeInstanceOf(
        UnknownListingError,
      );
      await expect(createListingReport(session.db, 'place_', validReport({ problem: 'other', details: 'Closed.' }))).rejects.toBeInstanceOf(
        UnknownListingError,
      );
    });

    it('refuses a report on a listing that does not exist, and saves nothing', async () => {
      const attempt = createListingReport(session.db, 'no-such-role', validReport({ problem: 'left-practice' }));
      await expect(attempt).rejects.toBeInstanceOf(UnknownListingError);
      await expect(attempt).rejects.toMatchObject({ roleId: 'no-such-role' });
      expect(await session.db.providerReport.count()).toBe(0);
    });

    it('lists newest first, hides resolved reports unless asked, and honours the limit', async () => {
      const first = await createListingReport(session.db, listing.roleId, validReport({ problem: 'wrong-address' }));
      const second = await createListingReport(session.db, listing.roleId, validReport({ problem: 'not-accepting' }));
      const third = await createListingReport(session.db, listing.roleId, validReport({ problem: 'other', details: 'Closed on Fridays now.' }));
      await session.db.providerReport.update({ where: { id: first }, data: { createdAt: new Date('2026-11-20T18:00:00Z') } });
      await session.db.providerReport.update({ where: { id: second }, data: { createdAt: new Date('2026-11-21T18:00:00Z') } });
      await session.db.providerReport.update({ where: { id: third }, data: { createdAt: new Date('2026-11-22T18:00:00Z') } });

      const ids = async (options?: Parameters<typeof listListingReports>[1]) => (await listListingReports(session.db, options)).map((report) => report.id);
      expect(await ids()).toEqual([third, second, first]);
      expect(await ids({ limit: 2 })).toEqual([third, second]);

      const resolved = await resolveListingReport(session.db, second);
      expect(resolved.alreadyResolved).toBe(false);
      expect(await ids()).toEqual([third, first]);
      expect(await ids({ includeResolved: true })).toEqual([third, second, first]);
      const [shown] = (await listListingReports(session.db, { includeResolved: true, limit: 2 })).slice(1);
      expect(shown?.resolvedAt).toEqual(resolved.resolvedAt);
    });

    it('keeps the first resolved date when a report is resolved twice, and refuses an unknown id', async () => {
      const id = await createListingReport(session.db, listing.roleId, validReport({ problem: 'wrong-language' }));
      const once = await resolveListingReport(session.db, id);
      const twice = await resolveListingReport(session.db, id);
      expect(twice).toEqual({ resolvedAt: once.resolvedAt, alreadyResolved: true });
      await expect(resolveListingReport(session.db, 'not-a-report')).rejects.toBeInstanceOf(UnknownReportError);
    });
  });
}
