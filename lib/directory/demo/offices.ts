/** Lays out the clinics and their offices: ids, addresses, coordinates, phones, hours, access. */
import { officeAccess, type OfficeAccess } from './access';
import { CLINICS, type ClinicPlan } from './clinics';
import type { AvailableTime } from './fhir-types';
import { officeHours } from './hours';
import { nearZipCentre, townNamed, transitNote, type Town } from './places';
import { Random } from './random';

export interface Office {
  id: string;
  clinicIndex: number;
  name: string;
  town: Town;
  zip: string;
  line: string[];
  position: { latitude: number; longitude: number };
  phone: string;
  fax: string;
  hours: AvailableTime[];
  access: OfficeAccess;
}

export interface Clinic {
  index: number;
  id: string;
  plan: ClinicPlan;
  offices: Office[];
}

export const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Fictional numbers only: 541-555-0100 to 541-555-0199 are reserved for fiction. */
export const fictionalPhone = (n: number): string => `541-555-01${pad(((n % 100) + 100) % 100, 2)}`;

export function layOutClinics(seed: number): Clinic[] {
  const usedAddresses = new Set<string>();
  let officeNumber = 0;
  return CLINICS.map((plan, clinicIndex) => {
    const offices = plan.offices.map((townName) => {
      officeNumber += 1;
      const random = Random.stream(seed, 'office', officeNumber);
      const town = townNamed(townName);
      const area = random.pick(town.areas);
      const line = uniqueStreetLine(random, town, area.streets, usedAddresses);
      const sameTownTwice = plan.offices.filter((other) => other === townName).length > 1;
      const place = sameTownTwice ? (line[0] ?? townName).replace(/^\d+ /, '') : townName;
      return {
        id: `jcc-location-${pad(officeNumber, 4)}`,
        clinicIndex,
        name: plan.offices.length === 1 ? plan.name : `${plan.name}, ${place}`,
        town,
        zip: area.zip,
        line,
        position: nearZipCentre(random, area.zip, town.spreadKm),
        phone: fictionalPhone(officeNumber - 1),
        fax: fictionalPhone(officeNumber * 37 + 50),
        hours: officeHours(random, plan.kind, townName),
        access: officeAccess(random, plan.kind, transitNote(random, town)),
      };
    });
    return { index: clinicIndex, id: `jcc-organization-${pad(clinicIndex + 1, 4)}`, plan, offices };
  });
}

function uniqueStreetLine(random: Random, town: Town, streets: readonly string[], used: Set<string>): string[] {
  for (;;) {
    const low = Math.max(10, Math.floor(town.maxHouseNumber / 20));
    const street = `${random.int(low, town.maxHouseNumber)} ${random.pick(streets)}`;
    if (used.has(street)) continue;
    used.add(street);
    // Medical office buildings with suites are a city thing; small-town clinics have a door of their own.
    const suiteChance = ['Medford', 'Ashland', 'Central Point'].includes(town.name) ? 0.4 : 0.08;
    return random.chance(suiteChance) ? [street, `Suite ${random.pick([100, 101, 110, 120, 200, 201, 210, 300])}`] : [street];
  }
}

export function addressText(office: Office): string {
  return `${office.line.join(', ')}, ${office.town.name}, OR ${office.zip}`;
}
