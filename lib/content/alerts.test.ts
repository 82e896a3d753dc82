import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oregonDate } from '@/lib/oregon-time';
import { isShowing, upcomingAlerts } from './alerts';

const alert = (start: string, end: string, title: string) => `start: ${start}
end: ${end}
kind: info
en:
  title: ${title}
es:
  title: ${title} (es)
`;

describe('alerts by date', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alerts-'));
    fs.mkdirSync(path.join(dir, 'alerts'));
    process.env.CONTENT_DIR = dir;
  });
  afterEach(() => {
    delete process.env.CONTENT_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps alerts until the end of their last day, in the member language, earliest first', () => {
    fs.writeFileSync(path.join(dir, 'alerts', 'b-current.yaml'), alert('2026-11-20', '2026-11-25', 'Current'));
    fs.writeFileSync(path.join(dir, 'alerts', 'a-expired.yaml'), alert('2026-11-01', '2026-11-24', 'Expired'));
    fs.writeFileSync(path.join(dir, 'alerts', 'c-upcoming.yaml'), alert('2026-12-01', '2026-12-05', 'Upcoming'));
    const alerts = upcomingAlerts('es', '2026-11-25');
    expect(alerts.map((item) => [item.id, item.title])).toEqual([
      ['b-current', 'Current (es)'],
      ['c-upcoming', 'Upcoming (es)'],
    ]);
    expect(alerts.map((item) => isShowing(item, '2026-11-25'))).toEqual([true, false]);
  });

  it('skips a broken alert file instead of breaking every page', () => {
    fs.writeFileSync(path.join(dir, 'alerts', 'broken.yaml'), 'start: tomorrow\n');
    fs.writeFileSync(path.join(dir, 'alerts', 'good.yaml'), alert('2026-11-20', '2026-11-30', 'Good'));
    expect(upcomingAlerts('en', '2026-11-25').map((item) => item.id)).toEqual(['good']);
  });

  it('counts days in Oregon: 7 p.m. Pacific on the 24th is still the 24th', () => {
    expect(oregonDate(new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(oregonDate(new Date('2026-11-25T09:00:00Z'))).toBe('2026-11-25');
  });
});
