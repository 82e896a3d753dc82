/**
 * A deterministic sample provider network for Jackson County, Oregon, as Plan-Net resources.
 * The same options give the same resources, byte for byte: nothing reads the clock or Math.random.
 * Every clinic, person, address and phone number in it is invented.
 *
 * It lives in lib/ because the running product uses it, not only scripts and tests: `npm start`
 * loads it into an empty directory (./seed.ts, through scripts/directory-seed-demo.ts) so a fresh
 * install shows a working search, and loading it writes to the database, which only lib/ does.
 * `npm run directory:demo`, the benchmarks and the core tests (tests/fixtures/sample-network.ts) use
 * the same generator.
 */
import { buildLocation, officeNewPatients } from './build-locations';
import { buildFacilities } from './build-facilities';
import { buildClinicOrganization } from './build-organizations';
import { buildPractitioner, fullName } from './build-practitioners';
import { buildRoles, practitionerId } from './build-roles';
import { instantOn, parseDay, daysBefore } from './dates';
import type { HealthcareService, InsurancePlan, Location, Organization, OrganizationAffiliation, Practitioner, PractitionerRole } from './fhir-types';
import { NpiRegistry } from './npi';
import { layOutClinics } from './offices';
import { invent } from './people';
import { affiliation, planResources } from './plan';
import { Random } from './random';
import { buildService, planServices } from './services';
import { assignStaff } from './staffing';

/** The fixed "today" the sample's dates count back from. */
export const DEMO_TODAY = '2026-11-01';
export const DEMO_SEED = 541;
export const DEMO_PRACTITIONERS = 640;

export interface DemoOptions {
  seed?: number;
  today?: string;
  practitioners?: number;
}

export interface DemoNetwork {
  Organization: Organization[];
  Location: Location[];
  HealthcareService: HealthcareService[];
  Practitioner: Practitioner[];
  PractitionerRole: PractitionerRole[];
  OrganizationAffiliation: OrganizationAffiliation[];
  InsurancePlan: InsurancePlan[];
}

export function generateDemoNetwork(options: DemoOptions = {}): DemoNetwork {
  const seed = options.seed ?? DEMO_SEED;
  const today = options.today ?? DEMO_TODAY;
  parseDay(today);
  const clinics = layOutClinics(seed);
  const staff = assignStaff(seed, clinics, options.practitioners ?? DEMO_PRACTITIONERS);
  const services = planServices(seed, clinics, staff);

  const npis = new NpiRegistry();
  const clinicNpis = clinics.map((clinic) => npis.issue(Random.stream(seed, 'clinic-npi', clinic.index), 2));
  const names = new Set<string>();
  const officesWithStatus = new Set(
    clinics.flatMap((clinic) => clinic.offices.filter((office) => officeNewPatients(seed, clinic, office) !== undefined).map((office) => office.id)),
  );

  const practitioners: Practitioner[] = [];
  const roles: PractitionerRole[] = [];
  for (const member of staff) {
    const person = invent(seed, member, today, npis, names);
    const displayName = `${fullName(person)}, ${person.credential}`;
    const memberRoles = buildRoles(seed, today, { member, displayName, services, officesWithStatus }, roles.length + 1);
    const lastUpdated = memberRoles.map((role) => role.meta.lastUpdated).reduce((latest, next) => (next > latest ? next : latest));
    practitioners.push(buildPractitioner(practitionerId(member), person, member.specialty, lastUpdated));
    roles.push(...memberRoles);
  }

  const planUpdated = instantOn(daysBefore(today, 30), 0);
  const { payer, network, insurancePlan } = planResources(planUpdated);
  const servicePlans = [...services.values()];
  const facilities = buildFacilities(seed, today);
  return {
    Organization: [
      payer,
      network,
      ...clinics.map((clinic) => buildClinicOrganization(seed, today, clinic, clinicNpis[clinic.index] ?? '')),
      ...facilities.organizations,
    ],
    Location: [...clinics.flatMap((clinic) => clinic.offices.map((office) => buildLocation(seed, today, clinic, office))), ...facilities.locations],
    HealthcareService: [...servicePlans.map((plan) => buildService(seed, today, plan)), ...facilities.services],
    Practitioner: practitioners,
    PractitionerRole: roles,
    OrganizationAffiliation: [
      ...clinics.map((clinic) =>
        affiliation(
          clinic,
          servicePlans.filter((plan) => plan.clinic === clinic).map((plan) => plan.id),
          planUpdated,
        ),
      ),
      ...facilities.affiliations,
    ],
    InsurancePlan: [insurancePlan],
  };
}

/** The network in the FHIR Bulk Data layout: file name → NDJSON text (one resource per line). */
export function toNdjsonFiles(network: DemoNetwork): Map<string, string> {
  const files = new Map<string, string>();
  for (const [type, resources] of Object.entries(network) as [string, unknown[]][]) {
    if (resources.length === 0) continue;
    files.set(`${type}.ndjson`, resources.map((resource) => JSON.stringify(resource)).join('\n') + '\n');
  }
  return files;
}
