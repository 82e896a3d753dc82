/**
 * FHIR date search values: an optional prefix (eq ne gt lt ge le sa eb ap) and a date or dateTime of
 * any precision. A value stands for a range ([start, end)); lastUpdated is an instant, so each prefix
 * becomes a comparison with that range (http://hl7.org/fhir/R4/search.html#date).
 */
import { invalidParameter } from './errors';

export type DatePrefix = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le' | 'sa' | 'eb' | 'ap';
export type DateCriterion = { prefix: DatePrefix; start: Date; end: Date };

const prefixes = new Set<string>(['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb', 'ap']);
const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const DAY = 86_400_000;

export function parseDate(name: string, raw: string): DateCriterion {
  const prefix = prefixes.has(raw.slice(0, 2)) ? (raw.slice(0, 2) as DatePrefix) : 'eq';
  const text = prefixes.has(raw.slice(0, 2)) ? raw.slice(2) : raw;
  const match = pattern.exec(text);
  const problem = () =>
    invalidParameter(
      `${name}: '${raw}' is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with an optional zone such as +00:00, and an optional prefix such as ge).`,
    );
  if (!match) throw problem();
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const y = Number(year);
  const m = month === undefined ? 1 : Number(month);
  const d = day === undefined ? 1 : Number(day);
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) throw problem();
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) throw problem();
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4)) > 59)) throw problem();

  let start: Date;
  let end: Date;
  if (hour === undefined) {
    // Dates without a time are read in UTC, the zone meta.lastUpdated is written in.
    start = new Date(Date.UTC(y, m - 1, d));
    end = day !== undefined ? new Date(start.getTime() + DAY) : month !== undefined ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  } else {
    const milliseconds = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
    // R4 says a time SHOULD carry its zone; one without is read in UTC, the server's zone and the one
    // meta.lastUpdated is written in (as dates without a time are).
    start = new Date(`${text.slice(0, 16)}:${second ?? '00'}.${String(milliseconds).padStart(3, '0')}${zone ?? 'Z'}`);
    const unit = fraction ? 1 : second !== undefined ? 1000 : 60_000;
    end = new Date(start.getTime() + unit);
  }
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || y < 1) throw problem();
  if (prefix === 'ap') {
    // "Approximately": we widen the range by a tenth of the time from now, at least a day.
    const margin = Math.max(DAY, Math.abs(Date.now() - start.getTime()) / 10);
    return { prefix, start: new Date(start.getTime() - margin), end: new Date(end.getTime() + margin) };
  }
  return { prefix, start, end };
}
