/** Calendar arithmetic on YYYY-MM-DD strings in UTC, from a fixed "today" (never the clock). */

const DAY_MS = 86_400_000;

export function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${day}"`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (formatDay(time) !== day) throw new Error(`Not a calendar date: "${day}"`);
  return time;
}

export function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function daysBefore(today: string, days: number): string {
  return formatDay(parseDay(today) - days * DAY_MS);
}

export function daysBetween(earlier: string, later: string): number {
  return Math.round((parseDay(later) - parseDay(earlier)) / DAY_MS);
}

/** An instant on the given day, for meta.lastUpdated (office hours, Pacific time, in UTC). */
export function instantOn(day: string, minutesAfter16Utc: number): string {
  const time = parseDay(day) + 16 * 3_600_000 + minutesAfter16Utc * 60_000;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}
