/** Office hours: weekdays for most, longer days at community clinics, a few evenings and Saturdays. */
import type { ClinicKind } from './clinics';
import type { AvailableTime, DayOfWeek } from './fhir-types';
import type { TownName } from './places';
import type { Random } from './random';

const WEEKDAYS: DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const span = (days: DayOfWeek[], start: string, end: string): AvailableTime => ({
  daysOfWeek: days,
  availableStartTime: `${start}:00`,
  availableEndTime: `${end}:00`,
});

export function officeHours(random: Random, kind: ClinicKind, town: TownName): AvailableTime[] {
  // The smallest towns get a part-time satellite office.
  if (town === 'Butte Falls') return [span(['tue', 'thu'], '09:00', '16:00')];
  if (kind === 'community-health') {
    const hours = [random.chance(0.5) ? span(WEEKDAYS, '07:30', '19:00') : span(WEEKDAYS, '08:00', '18:00')];
    if (random.chance(0.5)) hours.push(span(['sat'], '09:00', '13:00'));
    return hours;
  }
  if (kind === 'dental' || kind === 'dental-pediatric') {
    return random.chance(0.5) ? [span(['mon', 'tue', 'wed', 'thu'], '07:00', '17:30')] : [span(WEEKDAYS, '08:00', '17:00')];
  }
  if (kind.startsWith('bh-')) {
    const hours = [span(WEEKDAYS, '08:00', '18:00')];
    if (random.chance(0.4)) hours.push(span(['tue', 'thu'], '18:00', '20:00'));
    return hours;
  }
  return random.weighted<AvailableTime[]>([
    [[span(WEEKDAYS, '08:00', '17:00')], 6],
    [[span(WEEKDAYS, '07:30', '17:30')], 2],
    [[span(['mon', 'tue', 'wed', 'thu'], '08:00', '19:00'), span(['fri'], '08:00', '17:00')], 1.5],
    [[span(WEEKDAYS, '08:00', '17:00'), span(['sat'], '09:00', '12:00')], 1],
  ]);
}

/** The weekdays an office is open, for splitting a practitioner's week between two offices. */
export function openDays(hours: readonly AvailableTime[]): DayOfWeek[] {
  const days = new Set(hours.flatMap((entry) => entry.daysOfWeek));
  return (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).filter((day) => days.has(day));
}
