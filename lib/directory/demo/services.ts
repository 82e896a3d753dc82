/**
 * HealthcareService: one per clinic and line of care (primary care, pediatrics, women's health,
 * behavioral health, dental). Plan-Net carries the clinic-wide new-patient status and delivery
 * method here. Specialty practices get none, so their roles fall back to the Location's status.
 */
import { instantOn, daysBefore } from './dates';
import type { HealthcareService } from './fhir-types';
import { concept, deliveryMethodExtension, meta, newPatientsExtension, reference, SYSTEM, type NewPatientCode } from './fhir';
import { BEHAVIORAL_SERVICE_TELEHEALTH, NEW_PATIENT_ODDS } from './new-patients';
import { pad, type Clinic, type Office } from './offices';
import { Random } from './random';
import type { StaffMember } from './staffing';
import type { CareCategory } from './taxonomy';

export interface ServicePlan {
  id: string;
  clinic: Clinic;
  category: CareCategory;
  offices: Office[];
  codes: { code: string; display: string }[];
  newPatients: NewPatientCode;
  telehealth: boolean;
}

const LINES: Partial<Record<CareCategory, { category: readonly [string, string]; label: string }>> = {
  primary: { category: ['outpat', 'Clinic or Outpatient Facility'], label: 'Primary care' },
  pediatrics: { category: ['outpat', 'Clinic or Outpatient Facility'], label: 'Pediatrics' },
  obgyn: { category: ['outpat', 'Clinic or Outpatient Facility'], label: "Pregnancy and women's health" },
  behavioral: { category: ['behav', 'Behavioral Health'], label: 'Behavioral health' },
  dental: { category: ['dent', 'Dental'], label: 'Dental care' },
};

export const serviceKey = (clinic: Clinic, category: CareCategory): string => `${clinic.index}:${category}`;

export function planServices(seed: number, clinics: readonly Clinic[], staff: readonly StaffMember[]): Map<string, ServicePlan> {
  const plans = new Map<string, ServicePlan>();
  for (const clinic of clinics) {
    for (const category of Object.keys(LINES) as CareCategory[]) {
      const postings = staff.flatMap((member) =>
        member.specialty.category === category ? member.postings.filter((posting) => posting.clinic === clinic).map((posting) => ({ member, posting })) : [],
      );
      if (postings.length === 0) continue;
      const random = Random.stream(seed, 'service', clinic.index, category);
      const codes = new Map(postings.map(({ member }) => [member.specialty.code, member.specialty.display]));
      plans.set(serviceKey(clinic, category), {
        id: `jcc-healthcareservice-${pad(plans.size + 1, 4)}`,
        clinic,
        category,
        offices: clinic.offices.filter((office) => postings.some(({ posting }) => posting.office === office)),
        codes: [...codes].map(([code, display]) => ({ code, display })),
        newPatients: random.weighted(NEW_PATIENT_ODDS[category]),
        // Recovery programs lean on in-person groups; counseling teams mostly offer video visits too.
        telehealth: category === 'behavioral' && random.chance(clinic.plan.kind === 'bh-recovery' ? 0.2 : BEHAVIORAL_SERVICE_TELEHEALTH),
      });
    }
  }
  return plans;
}

export function serviceName(plan: ServicePlan): string {
  const lines = plan.clinic.plan.kind === 'community-health' || plan.clinic.plan.kind === 'primary';
  return lines ? `${LINES[plan.category]?.label ?? 'Care'} at ${plan.clinic.plan.name}` : plan.clinic.plan.name;
}

export function buildService(seed: number, today: string, plan: ServicePlan): HealthcareService {
  const random = Random.stream(seed, 'service-meta', plan.id);
  const line = LINES[plan.category];
  if (!line) throw new Error(`No service line for ${plan.category}`);
  const firstOffice = plan.offices[0];
  if (!firstOffice) throw new Error(`${plan.id} has no office`);
  return {
    resourceType: 'HealthcareService',
    id: plan.id,
    meta: meta('plannet-HealthcareService', instantOn(daysBefore(today, random.int(10, 200)), random.int(0, 479))),
    extension: [newPatientsExtension(plan.newPatients), deliveryMethodExtension('physical'), ...(plan.telehealth ? [deliveryMethodExtension('virtual')] : [])],
    active: true,
    providedBy: reference('Organization', plan.clinic.id, plan.clinic.plan.name),
    category: [concept(SYSTEM.serviceCategory, line.category[0], line.category[1], line.label)],
    type: [{ text: line.label }],
    specialty: plan.codes.map(({ code, display }) => concept(SYSTEM.nucc, code, display, display)),
    location: plan.offices.map((office) => reference('Location', office.id, office.name)),
    name: serviceName(plan),
    telecom: [
      { system: 'phone', value: firstOffice.phone, use: 'work' },
      { system: 'fax', value: firstOffice.fax, use: 'work' },
    ],
    appointmentRequired: true,
    availableTime: firstOffice.hours,
    ...eligibilityOf(plan),
  };
}

/**
 * Who a practice sees, where it says so: internal medicine clinics see adults, children's clinics
 * and youth counseling see children. Family practices see everyone and say nothing.
 */
function eligibilityOf(plan: ServicePlan): Pick<HealthcareService, 'eligibility'> {
  const kind = plan.clinic.plan.kind;
  if (kind === 'internal') {
    return { eligibility: [{ code: concept(SYSTEM.patientAges, 'adults', 'Adults', 'Adults 18 and older'), comment: 'Sees adults 18 and older.' }] };
  }
  if (kind === 'pediatrics' || kind === 'dental-pediatric' || kind === 'bh-youth') {
    return {
      eligibility: [{ code: concept(SYSTEM.patientAges, 'children', 'Children', 'Children and teens'), comment: 'Sees children and teens up to age 18.' }],
    };
  }
  return {};
}
