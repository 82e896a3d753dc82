import { describe, expect, it } from 'vitest';
import { reportDeadline } from './deadline';

describe('reportDeadline', () => {
  const received = new Date('2026-11-01T17:00:00Z');

  it('gives a new report its whole 30 days', () => {
    expect(reportDeadline(received, new Date('2026-11-01T18:00:00Z'))).toEqual({
      ageDays: 0,
      dueAt: new Date('2026-12-01T17:00:00Z'),
      daysLeft: 29,
      overdue: false,
    });
  });

  it('counts down to the last day and then counts days overdue', () => {
    expect(reportDeadline(received, new Date('2026-11-25T17:00:00Z'))).toMatchObject({ ageDays: 24, daysLeft: 6, overdue: false });
    expect(reportDeadline(received, new Date('2026-12-01T16:00:00Z'))).toMatchObject({ ageDays: 29, daysLeft: 0, overdue: false });
    expect(reportDeadline(received, new Date('2026-12-01T18:00:00Z'))).toMatchObject({ ageDays: 30, daysLeft: -1, overdue: true });
    expect(reportDeadline(received, new Date('2026-12-11T18:00:00Z'))).toMatchObject({ ageDays: 40, daysLeft: -11, overdue: true });
  });
});
