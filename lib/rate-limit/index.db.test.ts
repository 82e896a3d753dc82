import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { takeRateLimit } from './index';

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`takeRateLimit ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend);

    it('allows `limit` takes in a window, then refuses until the window ends', async () => {
      // A 10-minute window from 12:00:00 UTC; the takes are 2 minutes into it.
      const now = new Date('2026-11-25T12:02:00Z');
      const take = (at = now) => takeRateLimit(session.db, { key: 'test:limit', limit: 3, windowSeconds: 600, now: at });
      for (let i = 0; i < 3; i++) expect(await take()).toEqual({ allowed: true, retryAfterSeconds: 0 });
      expect(await take()).toEqual({ allowed: false, retryAfterSeconds: 480 });
      expect(await take(new Date('2026-11-25T12:09:59.500Z'))).toEqual({ allowed: false, retryAfterSeconds: 1 });
      // The next window starts afresh.
      expect(await take(new Date('2026-11-25T12:10:00Z'))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    });

    it('counts each key separately', async () => {
      const now = new Date('2026-11-25T12:00:00Z');
      expect(await takeRateLimit(session.db, { key: 'test:one', limit: 1, windowSeconds: 60, now })).toMatchObject({ allowed: true });
      expect(await takeRateLimit(session.db, { key: 'test:one', limit: 1, windowSeconds: 60, now })).toMatchObject({ allowed: false });
      expect(await takeRateLimit(session.db, { key: 'test:two', limit: 1, windowSeconds: 60, now })).toMatchObject({ allowed: true });
    });

    it('allows exactly `limit` of many concurrent takes', async () => {
      const now = new Date('2026-11-25T13:00:30Z');
      const results = await Promise.all(
        Array.from({ length: 20 }, () => takeRateLimit(session.db, { key: 'test:concurrent', limit: 5, windowSeconds: 60, now })),
      );
      expect(results.filter((result) => result.allowed)).toHaveLength(5);
      expect(results.filter((result) => !result.allowed).every((result) => result.retryAfterSeconds === 30)).toBe(true);
      const [row] = await session.db.rateLimitWindow.findMany({ where: { key: 'test:concurrent' } });
      expect(row?.count).toBe(20);
    });

    it('uses the database clock when no time is given', async () => {
      const result = await takeRateLimit(session.db, { key: 'test:clock', limit: 1, windowSeconds: 3600 });
      expect(result).toEqual({ allowed: true, retryAfterSeconds: 0 });
      const refused = await takeRateLimit(session.db, { key: 'test:clock', limit: 1, windowSeconds: 3600 });
      expect(refused.allowed).toBe(false);
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    });

    it('deletes windows that have ended when a new window opens', async () => {
      await session.db.rateLimitWindow.deleteMany();
      const early = new Date('2026-11-25T14:00:00Z');
      await takeRateLimit(session.db, { key: 'test:old-a', limit: 1, windowSeconds: 60, now: early });
      await takeRateLimit(session.db, { key: 'test:long', limit: 1, windowSeconds: 86_400, now: early });
      await takeRateLimit(session.db, { key: 'test:old-b', limit: 1, windowSeconds: 60, now: new Date('2026-11-25T14:05:00Z') });
      const keys = (await session.db.rateLimitWindow.findMany({ orderBy: { key: 'asc' } })).map((row) => row.key);
      // old-a's minute has ended; the day-long window has not.
      expect(keys).toEqual(['test:long', 'test:old-b']);
    });

    it('refuses settings that make no sense instead of limiting nothing', async () => {
      await expect(takeRateLimit(session.db, { key: 'test:bad', limit: 0, windowSeconds: 60 })).rejects.toBeInstanceOf(RangeError);
      await expect(takeRateLimit(session.db, { key: 'test:bad', limit: 5, windowSeconds: 0.5 })).rejects.toBeInstanceOf(RangeError);
      await expect(takeRateLimit(session.db, { key: '', limit: 5, windowSeconds: 60 })).rejects.toBeInstanceOf(RangeError);
    });
  });
}
