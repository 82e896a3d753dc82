import { beforeEach, describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { listSiteSearchMisses, missKey, recordSiteSearchMiss } from './misses';

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

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`site search misses ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend);
    beforeEach(async () => {
      await session.db.siteSearchMiss.deleteMany();
    });

    it('counts the same search in the same language once per search, whatever its case and spacing', async () => {
      expect(await recordSiteSearchMiss(session.db, { locale: 'en', query: 'Ride to the doctor' })).toBe(true);
      expect(await recordSiteSearchMiss(session.db, { locale: 'en', query: '  ride  TO the doctor' })).toBe(true);
      expect(await recordSiteSearchMiss(session.db, { locale: 'es', query: 'ride to the doctor' })).toBe(true);
      const misses = await listSiteSearchMisses(session.db, { limit: 10 });
      expect(misses.map(({ locale, query, count }) => ({ locale, query, count }))).toEqual([
        { locale: 'en', query: 'ride to the doctor', count: 2 },
        { locale: 'es', query: 'ride to the doctor', count: 1 },
      ]);
      const [first] = misses;
      expect(first?.lastSeenAt.getTime()).toBeGreaterThanOrEqual(first?.firstSeenAt.getTime() ?? Infinity);
    });

    it('counts every one of many concurrent misses exactly once', async () => {
      const results = await Promise.all(Array.from({ length: 25 }, () => recordSiteSearchMiss(session.db, { locale: 'es', query: 'transporte' })));
      expect(results.every(Boolean)).toBe(true);
      const [row] = await listSiteSearchMisses(session.db, { locale: 'es', limit: 5 });
      expect(row).toMatchObject({ locale: 'es', query: 'transporte', count: 25 });
    });

    it('stores nothing for a search that looks like personal details', async () => {
      expect(await recordSiteSearchMiss(session.db, { locale: 'en', query: 'my id AB123456' })).toBe(false);
      expect(await recordSiteSearchMiss(session.db, { locale: 'en', query: '541-555-0123' })).toBe(false);
      expect(await session.db.siteSearchMiss.count()).toBe(0);
    });

    it('lists the most frequent first, for one language or all, up to the limit', async () => {
      for (const [locale, query, times] of [
        ['en', 'bus pass', 3],
        ['en', 'food stamps', 1],
        ['es', 'transporte', 2],
      ] as const) {
        for (let time = 0; time < times; time += 1) await recordSiteSearchMiss(session.db, { locale, query });
      }
      expect((await listSiteSearchMisses(session.db, { limit: 10 })).map((miss) => miss.query)).toEqual(['bus pass', 'transporte', 'food stamps']);
      expect((await listSiteSearchMisses(session.db, { locale: 'en', limit: 1 })).map((miss) => miss.query)).toEqual(['bus pass']);
      expect((await listSiteSearchMisses(session.db, { locale: 'es', limit: 10 })).map((miss) => miss.query)).toEqual(['transporte']);
    });
  });
}
