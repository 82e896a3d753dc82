/** Location resources: one per office, in the shape of the Plan-Net fixture. */
import { planNetAccess } from './access';
import { daysBefore, instantOn } from './dates';
import type { Extension, Location } from './fhir-types';
import {
  accessibilityExtension,
  interpreterExtension,
  meta,
  newPatientsExtension,
  reference,
  spanishTranslation,
  translatedAccessibilityExtension,
  type NewPatientCode,
} from './fhir';
import { LANGUAGES } from './languages';
import { NEW_PATIENT_ODDS } from './new-patients';
import { addressText, type Clinic, type Office } from './offices';
import { Random } from './random';

/** Specialty practices have no HealthcareService, so their offices say whether they take new patients. */
export function officeNewPatients(seed: number, clinic: Clinic, office: Office): NewPatientCode | undefined {
  if (!clinic.plan.kind.startsWith('specialty:')) return undefined;
  return Random.stream(seed, 'office-new-patients', office.id).weighted(NEW_PATIENT_ODDS.specialist);
}

/** Clinics close on the major holidays; pharmacies and hospitals (facilities.ts) say their own. */
export const HOLIDAY_CLOSURES = {
  en: "Closed on New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas.",
  es: 'Cerrado el día de Año Nuevo, el Día de los Caídos, el Día de la Independencia, el Día del Trabajo, el Día de Acción de Gracias y Navidad.',
};

export function buildLocation(seed: number, today: string, clinic: Clinic, office: Office): Location {
  const random = Random.stream(seed, 'location-meta', office.id);
  const extension: Extension[] = [];
  const { features, transitNote, interpreters } = office.access;
  if (features.length > 0) {
    extension.push(accessibilityExtension(features, features.map((feature) => feature.display ?? feature.code).join('; ')));
  }
  // The transit note rides on its own accessibility entry, as its text, beside the pubtrans code.
  if (transitNote !== undefined) extension.push(translatedAccessibilityExtension([planNetAccess('pubtrans')], transitNote));
  const newPatients = officeNewPatients(seed, clinic, office);
  if (newPatients !== undefined) extension.push(newPatientsExtension(newPatients));
  if (interpreters.length > 0) extension.push(interpreterExtension(interpreters.map((code) => ({ code, display: LANGUAGES[code] }))));
  return {
    resourceType: 'Location',
    id: office.id,
    meta: meta('plannet-Location', instantOn(daysBefore(today, random.int(5, 240)), random.int(0, 479))),
    ...(extension.length > 0 ? { extension } : {}),
    status: 'active',
    name: office.name,
    description: clinic.offices.length > 1 && clinic.offices[0] === office ? `Main office of ${clinic.plan.name}` : `Office of ${clinic.plan.name}`,
    telecom: [
      { system: 'phone', value: office.phone, use: 'work' },
      { system: 'fax', value: office.fax, use: 'work' },
    ],
    address: {
      use: 'work',
      type: 'both',
      text: addressText(office),
      line: office.line,
      city: office.town.name,
      state: 'OR',
      postalCode: office.zip,
      country: 'USA',
    },
    position: { longitude: office.position.longitude, latitude: office.position.latitude },
    managingOrganization: reference('Organization', clinic.id, clinic.plan.name),
    hoursOfOperation: office.hours.map(({ daysOfWeek, availableStartTime, availableEndTime }) => ({
      daysOfWeek,
      openingTime: availableStartTime,
      closingTime: availableEndTime,
    })),
    availabilityExceptions: HOLIDAY_CLOSURES.en,
    _availabilityExceptions: spanishTranslation(HOLIDAY_CLOSURES.es),
  };
}
