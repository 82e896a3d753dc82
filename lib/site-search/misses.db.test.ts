import { beforeEach, describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { listSiteSearchMisses, missKey, missRules, recordSiteSearchMiss } from './misses';

describe('missKey', () => {
  it('counts the normalized words', () => {
    expect(missKey('  Ride   to the DOCTOR ')).toBe('ride to the doctor');
    expect(missKey('x'.repeat(300))).toHaveLength(100);
  });

  it.each([
    ['a member ID', 'AB123456'],
    ['a phone number', 'call me 541-555-0123'],
    ['a birth date', 'born 01/05/1990'],
    ['an e-mail address', 'ana.m@correo.mx'],
    ['a long number', 'case 123456789'],
    ['no words at all', '¿?!! ...'],
  ])('keeps nothing that looks like %s', (_, query) => {
    expect(missKey(query)).toBeNull();
  });
});

/** What the site search hands the counter: the query, the visitor's address and whether every word is the site's. */
const miss = (query: string, visitor: string, inVocabulary = false, locale = 'en') => ({ locale, query, visitor, inVocabulary });

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`site search misses ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend);
    beforeEach(async () => {
      await session.db.siteSearchMiss.deleteMany();
      await session.db.rateLimitWindow.deleteMany();
    });
    /** Everything the two tables hold, as text: what anyone reading the database would see. */
    const storedText = async () =>
      JSON.stringify([await session.db.$queryRaw`SELECT * FROM "SiteSearchMiss"`, await session.db.$queryRaw`SELECT * FROM "SiteSearchMissVisitor"`]);
    const readable = async (locale?: string) => (await listSiteSearchMisses(session.db, { locale, limit: 100 })).map(({ query, count }) => ({ query, count }));

    it('keeps no trace of a name-like search from one visitor, however often it is repeated', async () => {
      for (let time = 0; time < 5; time += 1) expect(await recordSiteSearchMiss(session.db, miss('Zoltan Kowalczyk syphilis', '203.0.113.7'))).toBe('hidden');
      expect(await readable()).toEqual([]);
      const text = await storedText();
      expect(text).not.toMatch(/zoltan|kowalczyk|syphilis/i);
      expect(text).not.toContain('203.0.113.7');
      expect(await session.db.siteSearchMiss.count()).toBe(1);
    });

    it('shows a search to staff once three different visitors sent it, and then forgets who they were', async () => {
      await recordSiteSearchMiss(session.db, miss('zoltan kowalczyk syphilis', '203.0.113.7'));
      expect(await recordSiteSearchMiss(session.db, miss('  Zoltan  KOWALCZYK syphilis', '198.51.100.2'))).toBe('hidden');
      expect(await readable()).toEqual([]);
      expect(await recordSiteSearchMiss(session.db, miss('zoltan kowalczyk syphilis', '192.0.2.55'))).toBe('readable');
      expect(await readable()).toEqual([{ query: 'zoltan kowalczyk syphilis', count: 3 }]);
      expect(await session.db.siteSearchMissVisitor.count()).toBe(0);
      expect(await recordSiteSearchMiss(session.db, miss('zoltan kowalczyk syphilis', '203.0.113.7'))).toBe('readable');
      expect(await readable()).toEqual([{ query: 'zoltan kowalczyk syphilis', count: 4 }]);
    });

    it("counts a search made of the site's own words at once, per language, whatever its case and spacing", async () => {
      expect(await recordSiteSearchMiss(session.db, miss('Ride to the doctor', '203.0.113.7', true))).toBe('readable');
      expect(await recordSiteSearchMiss(session.db, miss('  ride  TO the doctor', '203.0.113.7', true))).toBe('readable');
      expect(await recordSiteSearchMiss(session.db, miss('ride to the doctor', '203.0.113.7', true, 'es'))).toBe('readable');
      expect(await readable('en')).toEqual([{ query: 'ride to the doctor', count: 2 }]);
      expect(await readable('es')).toEqual([{ query: 'ride to the doctor', count: 1 }]);
      const [first] = await listSiteSearchMisses(session.db, { limit: 1 });
      expect(first?.lastSeenAt.getTime()).toBeGreaterThanOrEqual(first?.firstSeenAt.getTime() ?? Infinity);
      expect(await session.db.siteSearchMissVisitor.count()).toBe(0);
    });

    it('counts every one of many concurrent misses and visitors exactly once', async () => {
      const visitors = Array.from({ length: 25 }, (_, index) => `10.0.0.${index}`);
      const known = await Promise.all(visitors.map((visitor) => recordSiteSearchMiss(session.db, miss('transporte', visitor, true, 'es'))));
      expect(known.every((outcome) => outcome === 'readable')).toBe(true);
      await Promise.all(visitors.map((visitor) => recordSiteSearchMiss(session.db, miss('qwxzk plorf', visitor))));
      expect(await readable('en')).toEqual([{ query: 'qwxzk plorf', count: 25 }]);
      expect(await readable('es')).toEqual([{ query: 'transporte', count: 25 }]);
      expect(await session.db.siteSearchMissVisitor.count()).toBe(0);
    });

    it('stores nothing for a search that looks like personal details', async () => {
      expect(await recordSiteSearchMiss(session.db, miss('my id AB123456', '203.0.113.7', true))).toBe('refused');
      expect(await recordSiteSearchMiss(session.db, miss('541-555-0123', '203.0.113.7'))).toBe('refused');
      expect(await session.db.siteSearchMiss.count()).toBe(0);
    });

    it('counts only so many misses per visitor per hour, so one visitor cannot inflate a count or fill the table', async () => {
      const rules = { ...missRules, perVisitorPerHour: 2 };
      expect(await recordSiteSearchMiss(session.db, miss('bus pass', '203.0.113.7', true), rules)).toBe('readable');
      expect(await recordSiteSearchMiss(session.db, miss('bus pass', '203.0.113.7', true), rules)).toBe('readable');
      expect(await recordSiteSearchMiss(session.db, miss('bus pass', '203.0.113.7', true), rules)).toBe('limited');
      expect(await recordSiteSearchMiss(session.db, miss('food stamps', '203.0.113.7', true), rules)).toBe('limited');
      expect(await recordSiteSearchMiss(session.db, miss('bus pass', '198.51.100.2', true), rules)).toBe('readable');
      expect(await readable()).toEqual([{ query: 'bus pass', count: 3 }]);
    });

    it('forgets misses nobody searched for 90 days when a new one arrives', async () => {
      await recordSiteSearchMiss(session.db, miss('bus pass', '203.0.113.7', true));
      await recordSiteSearchMiss(session.db, miss('food stamps', '203.0.113.7', true));
      await recordSiteSearchMiss(session.db, miss('qwxzk plorf', '203.0.113.7'));
      await session.db.$executeRaw`UPDATE "SiteSearchMiss" SET "lastSeenAt" = now() - interval '91 days' WHERE "query" = 'bus pass' OR "query" IS NULL`;
      await session.db.$executeRaw`UPDATE "SiteSearchMiss" SET "lastSeenAt" = now() - interval '89 days' WHERE "query" = 'food stamps'`;
      await recordSiteSearchMiss(session.db, miss('dental', '203.0.113.7', true));
      expect((await readable()).map(({ query }) => query).sort()).toEqual(['dental', 'food stamps']);
      expect(await session.db.siteSearchMiss.count()).toBe(2);
      expect(await session.db.siteSearchMissVisitor.count()).toBe(0);
    });

    it('keeps at most its capacity, dropping the least recently searched', async () => {
      const rules = { ...missRules, capacity: 3 };
      for (const [query, minutesAgo] of [
        ['bus pass', 5],
        ['food stamps', 30],
        ['dental', 10],
      ] as const) {
        await recordSiteSearchMiss(session.db, miss(query, '203.0.113.7', true), rules);
        await session.db.$executeRaw`UPDATE "SiteSearchMiss" SET "lastSeenAt" = now() - make_interval(mins => ${minutesAgo}::int) WHERE "query" = ${query}`;
      }
      await recordSiteSearchMiss(session.db, miss('vision', '203.0.113.7', true), rules);
      expect((await readable()).map(({ query }) => query).sort()).toEqual(['bus pass', 'dental', 'vision']);
    });

    it('lists the most frequent first, for one language or all, up to the limit', async () => {
      for (const [locale, query, times] of [
        ['en', 'bus pass', 3],
        ['en', 'food stamps', 1],
        ['es', 'transporte', 2],
      ] as const) {
        for (let time = 0; time < times; time += 1) await recordSiteSearchMiss(session.db, miss(query, '203.0.113.7', true, locale));
      }
      expect((await listSiteSearchMisses(session.db, { limit: 10 })).map((row) => row.query)).toEqual(['bus pass', 'transporte', 'food stamps']);
      expect((await listSiteSearchMisses(session.db, { locale: 'en', limit: 1 })).map((row) => row.query)).toEqual(['bus pass']);
      expect((await listSiteSearchMisses(session.db, { locale: 'es', limit: 10 })).map((row) => row.query)).toEqual(['transporte']);
    });
  });
}
