import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oregonDate } from '@/lib/oregon-time';
import { addDays, dashboardQuery, parseDashboardFilters } from './dashboard-filters';

// 06:30 UTC on Nov 25 is still Nov 24 in Oregon.
const now = new Date('2026-11-25T06:30:00Z');

describe('parseDashboardFilters', () => {
  it('shows the last 90 Oregon days by default', () => {
    expect(oregonDate(now)).toBe('2026-11-24');
    expect(parseDashboardFilters({}, now)).toEqual({ filters: { from: '2026-08-27', to: '2026-11-24', page: undefined }, problems: [] });
  });

  it('reads a range and a page', () => {
    expect(parseDashboardFilters({ from: '2026-11-01', to: '2026-11-07', page: '/es/pregnancy' }, now).filters).toEqual({
      from: '2026-11-01',
      to: '2026-11-07',
      page: '/es/pregnancy',
    });
  });

  it('explains bad values and falls back instead of failing', () => {
    const { filters, problems } = parseDashboardFilters({ from: '2026-02-30', to: 'yesterday', page: 'https://evil.example/x' }, now);
    expect(filters).toEqual({ from: '2026-08-27', to: '2026-11-24', page: undefined });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"yesterday" is not a date');
  });

  it('swaps a range given backwards', () => {
    const { filters, problems } = parseDashboardFilters({ from: '2026-11-10', to: '2026-11-01' }, now);
    expect(filters).toMatchObject({ from: '2026-11-01', to: '2026-11-10' });
    expect(problems).toEqual(['The start date was after the end date, so they have been swapped.']);
  });

  it('never throws, and always gives a valid range, whatever the query string holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('from', 'to', 'page', 'other'), fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.string()))), (query) => {
        const { filters } = parseDashboardFilters(query, now);
        expect(filters.from <= filters.to).toBe(true);
        expect(filters.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new URLSearchParams(dashboardQuery(filters)).get('from')).toBe(filters.from);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('adds days across month and daylight-saving boundaries', () => {
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
  });
});
