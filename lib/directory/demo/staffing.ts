/**
 * Who works where: how many practitioners of each specialty, which clinic and office each joins,
 * and which ones also see patients at a second office (split across the week).
 */
import type { DayOfWeek } from './fhir-types';
import { openDays } from './hours';
import type { Clinic, Office } from './offices';
import { Random, type Weighted } from './random';
import { staffMix } from './staffing-kinds';
import { CATEGORY_SHARE, SPECIALTIES, specialtyByKey, type Specialty } from './taxonomy';

export interface Posting {
  clinic: Clinic;
  office: Office;
  /** Set when the practitioner splits the week between two offices. */
  days?: DayOfWeek[];
}

export interface StaffMember {
  index: number;
  specialty: Specialty;
  postings: Posting[];
}

/** Largest-remainder apportionment of `total` practitioners over the specialty weights. */
export function specialtyCounts(total: number): Map<string, number> {
  const categoryWeight = new Map<string, number>();
  for (const specialty of SPECIALTIES) categoryWeight.set(specialty.category, (categoryWeight.get(specialty.category) ?? 0) + specialty.weight);
  const exact = SPECIALTIES.map((specialty) => ({
    key: specialty.key,
    value: (total * CATEGORY_SHARE[specialty.category] * specialty.weight) / (categoryWeight.get(specialty.category) ?? 1),
  }));
  const counts = new Map(exact.map(({ key, value }) => [key, Math.floor(value)]));
  let left = total - [...counts.values()].reduce((sum, count) => sum + count, 0);
  for (const { key } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1) || a.key.localeCompare(b.key))) {
    if (left-- <= 0) break;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const mixShare = (clinic: Clinic, key: string): number => {
  const mix = staffMix(clinic.plan.kind);
  const total = Object.values(mix).reduce((sum, weight) => sum + weight, 0);
  return (mix[key] ?? 0) / total;
};

function pickOffice(random: Random, clinic: Clinic, except?: Office): Office {
  const offices = clinic.offices.filter((office) => office !== except);
  // The main office is the busiest; a part-time satellite (open two days a week) the quietest.
  const weight = (office: Office): number => (office === clinic.offices[0] ? 1.6 : 1) * (openDays(office.hours).length <= 2 ? 0.35 : 1);
  return random.weighted(offices.map((office) => [office, weight(office)] as const));
}

export function assignStaff(seed: number, clinics: readonly Clinic[], total: number): StaffMember[] {
  const random = Random.stream(seed, 'staffing');
  const pool = random.shuffle([...specialtyCounts(total)].flatMap(([key, count]) => Array<string>(count).fill(key)));
  const staff: StaffMember[] = [];
  const hire = (key: string, clinic: Clinic, office: Office) =>
    staff.push({ index: staff.length, specialty: specialtyByKey(key), postings: [{ clinic, office }] });

  // Every office gets at least one practitioner, drawn from what that kind of clinic employs.
  for (const clinic of clinics) {
    for (const office of clinic.offices) {
      const wanted = random.weighted(Object.entries(staffMix(clinic.plan.kind)));
      let at = pool.indexOf(wanted);
      if (at < 0) at = pool.findIndex((key) => mixShare(clinic, key) > 0);
      const [key] = at < 0 ? [] : pool.splice(at, 1);
      if (key === undefined) throw new Error(`Nobody left to staff ${office.name}`);
      hire(key, clinic, office);
    }
  }
  for (const key of pool) {
    const choices: Weighted<Clinic> = clinics.map((clinic) => [clinic, clinic.plan.size * mixShare(clinic, key)]);
    const clinic = random.weighted(choices);
    hire(key, clinic, pickOffice(random, clinic));
  }
  for (const member of staff) addSecondPosting(random, member, clinics);
  return staff;
}

function addSecondPosting(random: Random, member: StaffMember, clinics: readonly Clinic[]): void {
  const first = member.postings[0];
  if (!first || !random.chance(member.specialty.category === 'specialist' ? 0.3 : 0.14)) return;
  const sameClinic = first.clinic.offices.length > 1 && random.chance(0.75);
  const others = clinics.filter((clinic) => clinic !== first.clinic && mixShare(clinic, member.specialty.key) > 0);
  let second: Posting;
  if (sameClinic) second = { clinic: first.clinic, office: pickOffice(random, first.clinic, first.office) };
  else if (others.length > 0) {
    const clinic = random.weighted(others.map((other) => [other, other.plan.size] as const));
    second = { clinic, office: pickOffice(random, clinic) };
  } else return;
  const [firstDays, secondDays] = splitWeek(openDays(first.office.hours), openDays(second.office.hours));
  member.postings = [
    { ...first, days: firstDays },
    { ...second, days: secondDays },
  ];
}

function splitWeek(firstOpen: DayOfWeek[], secondOpen: DayOfWeek[]): [DayOfWeek[], DayOfWeek[]] {
  const secondDays: DayOfWeek[] = secondOpen.filter((day) => day === 'tue' || day === 'thu');
  const firstDays = firstOpen.filter((day) => !secondDays.includes(day) && day !== 'sat');
  if (firstDays.length === 0 || secondDays.length === 0) {
    // Tue/Thu offices (the Butte Falls satellite) take Tue/Thu; the other office keeps the rest.
    const other = secondOpen.filter((day) => !firstOpen.includes(day) && day !== 'sat');
    return [firstOpen, other.length > 0 ? other : secondOpen];
  }
  return [firstDays, secondDays];
}
