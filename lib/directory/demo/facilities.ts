/**
 * Places a member goes without a provider of their own: urgent care clinics, hospitals with
 * emergency rooms, pharmacies and labs, across the county's towns. Each is a Plan-Net Organization
 * with one Location (hours included) and a HealthcareService per kind of care, categorised with
 * HealthcareServiceCategoryCS. Every name, address and phone number is invented.
 */
import type { HoursOfOperation } from './fhir-types';
import type { BilingualNote, TownName } from './places';

/** HealthcareServiceCategoryCS codes of the places the member search lists. */
export type FacilityCategory = 'urg' | 'emerg' | 'hosp' | 'pharm' | 'lab';

export interface FacilityPlan {
  name: string;
  town: TownName;
  /** One HealthcareService per category (a hospital has its emergency room as a second service). */
  categories: readonly FacilityCategory[];
  /** In the plan's network (an OrganizationAffiliation); one pharmacy is not, so members can tell. */
  inNetwork: boolean;
}

const f = (name: string, town: TownName, categories: FacilityCategory[], inNetwork = true): FacilityPlan => ({ name, town, categories, inNetwork });

export const FACILITIES: readonly FacilityPlan[] = [
  f('Bear Creek Regional Medical Center', 'Medford', ['hosp', 'emerg']),
  f('Siskiyou Community Hospital', 'Ashland', ['hosp', 'emerg']),
  f('Rogue Valley Urgent Care, Medford', 'Medford', ['urg']),
  f('Crater Lake Avenue Urgent Care', 'Medford', ['urg']),
  f('Ashland Walk-In Urgent Care', 'Ashland', ['urg']),
  f('Central Point Urgent Care', 'Central Point', ['urg']),
  f('White City Quick Care', 'White City', ['urg']),
  f('Eagle Point Urgent Care', 'Eagle Point', ['urg']),
  f('Pear Tree Pharmacy', 'Medford', ['pharm']),
  f('Barnett Road Pharmacy', 'Medford', ['pharm']),
  f('Valley Discount Drug', 'Medford', ['pharm'], false),
  f('Lithia Corner Pharmacy', 'Ashland', ['pharm']),
  f('Pine Street Pharmacy', 'Central Point', ['pharm']),
  f('Little Butte Pharmacy', 'Eagle Point', ['pharm']),
  f('Antelope Road Pharmacy', 'White City', ['pharm']),
  f('Phoenix Family Pharmacy', 'Phoenix', ['pharm']),
  f('Talent Main Street Pharmacy', 'Talent', ['pharm']),
  f('Jacksonville Apothecary', 'Jacksonville', ['pharm']),
  f('Shady Cove Pharmacy', 'Shady Cove', ['pharm']),
  f('Evans Creek Pharmacy', 'Rogue River', ['pharm']),
  f('Gold Hill Drug', 'Gold Hill', ['pharm']),
  f('Rogue Valley Lab Services', 'Medford', ['lab']),
  f('Ashland Lab Draw Station', 'Ashland', ['lab']),
  f('Central Point Lab Draw Station', 'Central Point', ['lab']),
];

/** How each category is named in the data (Plan-Net's displays) and in the service's name. */
export const CATEGORY_LABELS: Readonly<Record<FacilityCategory, { display: string; service: string }>> = {
  urg: { display: 'Urgent Care', service: 'Urgent care' },
  emerg: { display: 'Emergency care', service: 'Emergency room' },
  hosp: { display: 'Hospital', service: 'Hospital' },
  pharm: { display: 'Pharmacy', service: 'Pharmacy' },
  lab: { display: 'Laboratory', service: 'Lab' },
};

const ALL_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Opening hours by kind of place: emergency rooms never close; urgent care runs evenings and weekends. */
export function facilityHours(plan: FacilityPlan): HoursOfOperation[] {
  if (plan.categories.includes('emerg')) return [{ daysOfWeek: [...ALL_WEEK], allDay: true }];
  if (plan.categories.includes('urg')) return [{ daysOfWeek: [...ALL_WEEK], openingTime: '08:00:00', closingTime: '20:00:00' }];
  if (plan.categories.includes('lab')) return [{ daysOfWeek: [...WEEKDAYS], openingTime: '07:00:00', closingTime: '17:00:00' }];
  return [
    { daysOfWeek: [...WEEKDAYS], openingTime: '09:00:00', closingTime: '19:00:00' },
    { daysOfWeek: ['sat'], openingTime: '09:00:00', closingTime: '17:00:00' },
  ];
}

/** The hours note each kind of place gives, in English and Spanish. */
export function facilityHoursNote(plan: FacilityPlan): BilingualNote {
  if (plan.categories.includes('emerg')) {
    return {
      en: 'The emergency room is open 24 hours, every day of the year.',
      es: 'La sala de emergencias está abierta las 24 horas, todos los días del año.',
    };
  }
  if (plan.categories.includes('urg')) {
    return { en: 'No appointment needed. Open on holidays from 9 am to 5 pm.', es: 'No necesita cita. Abierto los días festivos de 9 a. m. a 5 p. m.' };
  }
  if (plan.categories.includes('lab')) {
    return {
      en: 'Bring your lab order. Fasting tests are done before 10 am.',
      es: 'Traiga la orden del laboratorio. Los análisis en ayunas se hacen antes de las 10 a. m.',
    };
  }
  return { en: 'Closed on Sundays and major holidays.', es: 'Cerrado los domingos y los días festivos principales.' };
}
