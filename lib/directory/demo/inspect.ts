/**
 * Reads the generated resources back the way docs/decisions/0002-directory-data.md says the
 * importer will (new-patient status, telehealth, verified date), to check and summarize the sample.
 */
import { daysBetween } from './dates';
import type { Extension, HealthcareService, Location, PractitionerRole } from './fhir-types';
import { EXTENSION, NEW_PATIENT_CODES, type NewPatientCode } from './fhir';
import type { DemoNetwork } from './index';
import { SPECIALTIES, type CareCategory } from './taxonomy';

const withUrl = (extensions: readonly Extension[] | undefined, url: string): Extension[] => (extensions ?? []).filter((extension) => extension.url === url);

function newPatientsOf(extensions: readonly Extension[] | undefined): NewPatientCode | undefined {
  for (const extension of withUrl(extensions, EXTENSION.newPatients)) {
    const code = extension.extension?.find((part) => part.url === 'acceptingPatients')?.valueCodeableConcept?.coding?.[0]?.code;
    const known = NEW_PATIENT_CODES.find((candidate) => candidate === code);
    if (known) return known;
  }
  return undefined;
}

const deliveryMethods = (extensions: readonly Extension[] | undefined): string[] =>
  withUrl(extensions, EXTENSION.deliveryMethod).flatMap((extension) =>
    (extension.extension ?? []).filter((part) => part.url === 'type').map((part) => part.valueCodeableConcept?.coding?.[0]?.code ?? ''),
  );

const idOf = (reference: string): string => reference.slice(reference.indexOf('/') + 1);

export interface Lookup {
  services: ReadonlyMap<string, HealthcareService>;
  locations: ReadonlyMap<string, Location>;
}

export const lookupFor = (network: DemoNetwork): Lookup => ({
  services: new Map(network.HealthcareService.map((service) => [service.id, service])),
  locations: new Map(network.Location.map((location) => [location.id, location])),
});

/** The role's own status, else its first HealthcareService's, else its first Location's. */
export function roleNewPatients(role: PractitionerRole, lookup: Lookup): NewPatientCode | 'unknown' {
  const fromService = (role.healthcareService ?? []).map((ref) => newPatientsOf(lookup.services.get(idOf(ref.reference))?.extension)).find(Boolean);
  const firstLocation = role.location[0];
  const fromLocation = firstLocation ? newPatientsOf(lookup.locations.get(idOf(firstLocation.reference))?.extension) : undefined;
  return newPatientsOf(role.extension) ?? fromService ?? fromLocation ?? 'unknown';
}

export function roleTelehealth(role: PractitionerRole, lookup: Lookup): boolean {
  const services = (role.healthcareService ?? []).map((ref) => lookup.services.get(idOf(ref.reference))?.extension);
  return [role.extension, ...services].some((extensions) => deliveryMethods(extensions).includes('virtual'));
}

export function roleVerifiedDate(role: PractitionerRole): string {
  return withUrl(role.extension, EXTENSION.listingVerified)[0]?.valueDate ?? role.meta.lastUpdated.slice(0, 10);
}

const CATEGORY_BY_CODE = new Map(SPECIALTIES.map((specialty) => [specialty.code, specialty.category]));

export function roleCategory(role: PractitionerRole): CareCategory | undefined {
  return CATEGORY_BY_CODE.get(role.specialty[0]?.coding?.[0]?.code ?? '');
}

export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export interface Summary {
  counts: Record<string, number>;
  /** Practitioners by the category of their first role. */
  categories: Record<CareCategory, number>;
  newPatientsByCategory: Record<string, Record<string, number>>;
  telehealthByCategory: Record<string, number>;
  languages: Record<string, number>;
  staleRoles: number;
  practitionersWithTwoRoles: number;
  locationsByTown: Record<string, number>;
}

export function summarize(network: DemoNetwork, today: string, staleAfterDays = 180): Summary {
  const lookup = lookupFor(network);
  const tally = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);
  const categories = { primary: 0, pediatrics: 0, obgyn: 0, behavioral: 0, dental: 0, specialist: 0 };
  const newPatientsByCategory: Record<string, Record<string, number>> = {};
  const telehealthByCategory: Record<string, number> = {};
  const firstRoles = new Set<string>();
  const rolesPerPractitioner: Record<string, number> = {};
  for (const role of network.PractitionerRole) {
    const category = roleCategory(role) ?? 'unknown';
    const practitioner = role.practitioner.reference;
    if (!firstRoles.has(practitioner) && category !== 'unknown') tally(categories, category);
    firstRoles.add(practitioner);
    tally(rolesPerPractitioner, practitioner);
    tally((newPatientsByCategory[category] ??= {}), roleNewPatients(role, lookup));
    if (roleTelehealth(role, lookup)) tally(telehealthByCategory, category);
  }
  const languages: Record<string, number> = {};
  for (const practitioner of network.Practitioner) {
    for (const language of practitioner.communication) tally(languages, language.coding?.[0]?.code ?? '');
  }
  const locationsByTown: Record<string, number> = {};
  for (const location of network.Location) tally(locationsByTown, location.address.city);
  return {
    counts: Object.fromEntries(Object.entries(network).map(([type, resources]) => [type, (resources as unknown[]).length])),
    categories,
    newPatientsByCategory,
    telehealthByCategory,
    languages,
    staleRoles: network.PractitionerRole.filter((role) => daysBetween(roleVerifiedDate(role), today) > staleAfterDays).length,
    practitionersWithTwoRoles: Object.values(rolesPerPractitioner).filter((count) => count > 1).length,
    locationsByTown,
  };
}
