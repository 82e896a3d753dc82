import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { listFeedbackPages, loadFeedbackDashboard } from './dashboard';
import { feedbackCsv } from './export-csv';

type Answer = { at: string; page: string | null; lookingFor: string; found: 'yes' | 'partly' | 'no'; ease: number; comments?: string; contact?: string };

// Times are UTC; Oregon is UTC-8 in November. 2026-11-02T07:30Z is still Nov 1 in Oregon.
const answers: Answer[] = [
  { at: '2026-11-02T07:30:00Z', page: '/en/pregnancy', lookingFor: 'benefits', found: 'no', ease: 2, comments: 'late on Nov 1' },
  { at: '2026-11-02T09:00:00Z', page: '/en/pregnancy', lookingFor: 'benefits', found: 'yes', ease: 4 },
  { at: '2026-11-03T18:00:00Z', page: '/es/find-a-provider', lookingFor: 'find-provider', found: 'partly', ease: 3, comments: '=HYPERLINK("x")' },
  { at: '2026-11-03T19:00:00Z', page: null, lookingFor: 'find-provider', found: 'yes', ease: 5, comments: 'Muy bien, "gracias"', contact: 'ana@example.org' },
  { at: '2026-11-20T19:00:00Z', page: '/en/pregnancy', lookingFor: 'other', found: 'no', ease: 1 },
  // Outside every range used below.
  { at: '2026-10-01T19:00:00Z', page: '/en/contact', lookingFor: 'other', found: 'yes', ease: 5, comments: 'October' },
];

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`feedback dashboard ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend, {
      prepare: async () => {
        let n = 0;
        for (const answer of answers) {
          n++;
          await session.db.feedbackResponse.create({
            data: {
              reference: `REF${String(n).padStart(5, '0')}`,
              submissionKey: `key-${n}`,
              locale: answer.page?.startsWith('/es') ? 'es' : 'en',
              pagePath: answer.page,
              lookingFor: answer.lookingFor,
              found: answer.found,
              ease: answer.ease,
              comments: answer.comments ?? null,
              contact: answer.contact ?? null,
              createdAt: new Date(answer.at),
            },
          });
        }
      },
    });

    it('counts answers in a range of Oregon dates, by day with empty days, by page and by what members looked for', async () => {
      const dashboard = await loadFeedbackDashboard(session.db, { from: '2026-11-01', to: '2026-11-04' });
      expect(dashboard.totals).toEqual({ total: 4, yes: 2, partly: 1, no: 1, averageEase: 3.5 });
      expect(dashboard.periodUnit).toBe('day');
      expect(dashboard.overTime).toEqual([
        { start: '2026-11-01', total: 1 },
        { start: '2026-11-02', total: 1 },
        { start: '2026-11-03', total: 2 },
        { start: '2026-11-04', total: 0 },
      ]);
      expect(dashboard.byPage).toEqual([
        { key: '/en/pregnancy', total: 2, yes: 1, partly: 0, no: 1, averageEase: 3 },
        { key: '/es/find-a-provider', total: 1, yes: 0, partly: 1, no: 0, averageEase: 3 },
        { key: null, total: 1, yes: 1, partly: 0, no: 0, averageEase: 5 },
      ]);
      expect(dashboard.byLookingFor.map((group) => [group.key, group.total, group.yes])).toEqual([
        ['benefits', 2, 1],
        ['find-provider', 2, 1],
      ]);
      expect(dashboard.latestComments.map((comment) => comment.comments)).toEqual(['Muy bien, "gracias"', '=HYPERLINK("x")', 'late on Nov 1']);
      expect(dashboard.latestComments[0]).toMatchObject({ contact: 'ana@example.org', found: 'yes', pagePath: null });
    });

    it('filters by page, and counts long ranges by week starting on Monday', async () => {
      const dashboard = await loadFeedbackDashboard(session.db, { from: '2026-09-01', to: '2026-11-30', page: '/en/pregnancy' });
      expect(dashboard.totals.total).toBe(3);
      expect(dashboard.periodUnit).toBe('week');
      expect(dashboard.overTime[0]).toEqual({ start: '2026-08-31', total: 0 });
      expect(dashboard.overTime.filter((period) => period.total > 0)).toEqual([
        { start: '2026-10-26', total: 1 },
        { start: '2026-11-02', total: 1 },
        { start: '2026-11-16', total: 1 },
      ]);
      expect(dashboard.overTime.reduce((sum, period) => sum + period.total, 0)).toBe(3);
    });

    it('shows zeros, not errors, for a range with no answers', async () => {
      const dashboard = await loadFeedbackDashboard(session.db, { from: '2025-01-01', to: '2025-01-03' });
      expect(dashboard.totals).toEqual({ total: 0, yes: 0, partly: 0, no: 0, averageEase: null });
      expect(dashboard.overTime.map((period) => period.total)).toEqual([0, 0, 0]);
      expect(dashboard.byPage).toEqual([]);
    });

    it('lists the pages answers came from, most answers first', async () => {
      expect(await listFeedbackPages(session.db)).toEqual(['/en/pregnancy', '/en/contact', '/es/find-a-provider']);
    });

    it('exports every answer in the range as CSV, oldest first, across batches, with formulas defused', async () => {
      let csv = '';
      for await (const piece of feedbackCsv(session.db, { from: '2026-11-01', to: '2026-11-30' }, 2)) csv += piece;
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe('"reference","received (Oregon time)","language","page","looking for","found it","ease (1-5)","comments","contact"');
      expect(lines).toHaveLength(1 + 5);
      expect(lines[1]).toBe('"REF00001","2026-11-01 23:30","en","/en/pregnancy","benefits","no","2","late on Nov 1",""');
      expect(lines[3]).toBe(`"REF00003","2026-11-03 10:00","es","/es/find-a-provider","find-provider","partly","3","'=HYPERLINK(""x"")",""`);
      expect(lines[4]).toBe('"REF00004","2026-11-03 11:00","en","","find-provider","yes","5","Muy bien, ""gracias""","ana@example.org"');
      expect(csv.startsWith('\uFEFF')).toBe(true);
    });
  });
}
