import { describe, expect, it } from 'vitest';
import { formatOregonTime, oregonDate } from './oregon-time';

describe('Oregon time', () => {
  it("gives the Oregon date, not the server's, around midnight and across daylight saving time", () => {
    // 03:00 UTC is 7 or 8 p.m. the day before in Oregon.
    expect(oregonDate(new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(oregonDate(new Date('2026-07-01T06:59:00Z'))).toBe('2026-06-30');
    expect(oregonDate(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01');
  });

  it('formats moments as staff in Oregon read them', () => {
    const moment = new Date('2026-11-25T23:04:00Z');
    expect(formatOregonTime(moment, 'date')).toBe('Nov 25, 2026');
    expect(formatOregonTime(moment, 'dateTime')).toMatch(/^Nov 25, 2026, 3:04\sPM$/);
    expect(formatOregonTime(moment, 'dateTimeWithZone')).toMatch(/^Nov 25, 2026, 3:04\sPM PST$/);
    expect(formatOregonTime(moment, 'sortable')).toBe('2026-11-25 15:04');
  });
});
