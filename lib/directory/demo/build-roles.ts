/**
 * PractitionerRole resources: one per practitioner per office. Most roles carry their own
 * new-patient status; the rest inherit it from their HealthcareService or Location, which is how
 * the contract resolves it. Listing-verified dates are mostly recent, about one in ten stale.
 */
import { daysBefore, instantOn } from './dates';
import type { Extension, PractitionerRole } from './fhir-types';
import {
  concept,
  deliveryMethodExtension,
  interpreterExtension,
  listingVerifiedExtension,
  meta,
  networkReferenceExtension,
  newPatientsExtension,
  reference,
  SYSTEM,
} from './fhir';
import { LANGUAGES } from './languages';
import { NEW_PATIENT_ODDS, TELEHEALTH_ODDS } from './new-patients';
import { pad } from './offices';
import { networkReference } from './plan';
import { Random } from './random';
import { serviceKey, serviceName, type ServicePlan } from './services';
import type { StaffMember } from './staffing';

/** Days after which the site tells members a listing has not been verified recently. */
export const STALE_AFTER_DAYS = 180;
const STALE_SHARE = 0.1;

export interface RoleInput {
  member: StaffMember;
  displayName: string;
  services: ReadonlyMap<string, ServicePlan>;
  /** Offices whose Location carries a new-patient status. */
  officesWithStatus: ReadonlySet<string>;
}

export function buildRoles(seed: number, today: string, input: RoleInput, firstNumber: number): PractitionerRole[] {
  const { member, displayName, services, officesWithStatus } = input;
  const { specialty } = member;
  return member.postings.map((posting, postingIndex) => {
    const random = Random.stream(seed, 'role', member.index, postingIndex);
    const service = services.get(serviceKey(posting.clinic, specialty.category));
    const inherits = service !== undefined || officesWithStatus.has(posting.office.id);
    const stale = random.chance(STALE_SHARE);
    const verified = daysBefore(today, stale ? random.int(STALE_AFTER_DAYS + 1, 540) : random.int(1, STALE_AFTER_DAYS - 2));
    const extension: Extension[] = [networkReferenceExtension(networkReference)];
    if (!inherits || random.chance(0.8)) extension.push(newPatientsExtension(random.weighted(NEW_PATIENT_ODDS[specialty.category])));
    if (random.chance(TELEHEALTH_ODDS[specialty.category])) extension.push(deliveryMethodExtension('physical'), deliveryMethodExtension('virtual'));
    // A few listings predate the listing-verified extension; their meta.lastUpdated stands in.
    if (random.chance(0.97)) extension.push(listingVerifiedExtension(verified));
    if (random.chance(0.05)) {
      const language = posting.office.access.interpreters.includes('es') || random.chance(0.25) ? 'ase' : 'es';
      extension.push(interpreterExtension([{ code: language, display: LANGUAGES[language] }]));
    }
    const firstHours = posting.office.hours[0];
    const role: PractitionerRole = {
      resourceType: 'PractitionerRole',
      id: `jcc-practitionerrole-${pad(firstNumber + postingIndex, 4)}`,
      meta: meta('plannet-PractitionerRole', instantOn(verified, random.int(0, 479))),
      extension,
      active: true,
      practitioner: reference('Practitioner', practitionerId(member), displayName),
      organization: reference('Organization', posting.clinic.id, posting.clinic.plan.name),
      code: [concept(SYSTEM.providerRole, specialty.role[0], specialty.role[1])],
      specialty: [concept(SYSTEM.nucc, specialty.code, specialty.display, specialty.display)],
      location: [reference('Location', posting.office.id, posting.office.name)],
      ...(service ? { healthcareService: [reference('HealthcareService', service.id, serviceName(service))] } : {}),
      telecom: [{ system: 'phone', value: posting.office.phone, use: 'work' }],
    };
    if (posting.days && firstHours) {
      role.availableTime = [{ daysOfWeek: posting.days, availableStartTime: firstHours.availableStartTime, availableEndTime: firstHours.availableEndTime }];
    }
    return role;
  });
}

export const practitionerId = (member: StaffMember): string => `jcc-practitioner-${pad(member.index + 1, 4)}`;
