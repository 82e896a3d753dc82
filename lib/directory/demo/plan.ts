/** The plan side of the directory: the payer, its provider network and the OHP InsurancePlan. */
import type { InsurancePlan, Organization, OrganizationAffiliation, Reference } from './fhir-types';
import { concept, meta, reference, SYSTEM } from './fhir';
import { loadPlan } from '@/lib/content/plan';
import type { Clinic } from './offices';

export const PAYER_ID = 'jcc-organization-plan';
export const NETWORK_ID = 'jcc-network';

// The plan's name and address come from content/plan.yaml, so a rebranded site's sample
// directory names the new plan too.
const plan = loadPlan();
const PLAN_NAME = plan.name;
const NETWORK_NAME = `${plan.name} network`;

export const payerReference: Reference = reference('Organization', PAYER_ID, PLAN_NAME);
export const networkReference: Reference = reference('Organization', NETWORK_ID, NETWORK_NAME);

/** "Medford, OR 97501" → its parts; the other address lines are street lines. */
function postalAddress(lines: readonly string[]) {
  const last = lines.at(-1) ?? '';
  const match = /^(.*),\s*([A-Z]{2})\s+(\d{5})/.exec(last);
  return {
    use: 'work' as const,
    type: 'postal' as const,
    text: lines.slice(1).join(', '),
    line: lines.slice(1, -1),
    city: match?.[1] ?? '',
    state: match?.[2] ?? '',
    postalCode: match?.[3] ?? '',
    country: 'USA',
  };
}

export function planResources(lastUpdated: string): { payer: Organization; network: Organization; insurancePlan: InsurancePlan } {
  const payer: Organization = {
    resourceType: 'Organization',
    id: PAYER_ID,
    meta: meta('plannet-Organization', lastUpdated),
    active: true,
    type: [concept(SYSTEM.orgType, 'payer', 'Payer')],
    name: PLAN_NAME,
    address: [postalAddress(plan.mailingAddress)],
  };
  const network: Organization = {
    resourceType: 'Organization',
    id: NETWORK_ID,
    meta: meta('plannet-Network', lastUpdated),
    active: true,
    type: [concept(SYSTEM.orgType, 'ntwk', 'Network', 'A healthcare provider insurance network')],
    name: NETWORK_NAME,
    partOf: payerReference,
  };
  const insurancePlan: InsurancePlan = {
    resourceType: 'InsurancePlan',
    id: 'jcc-insuranceplan-ohp',
    meta: meta('plannet-InsurancePlan', lastUpdated),
    status: 'active',
    type: [concept(SYSTEM.productType, 'medi', 'Medicaid', 'Oregon Health Plan (OHP)')],
    name: `${plan.program.en} through ${PLAN_NAME}`,
    alias: ['OHP'],
    ownedBy: payerReference,
    administeredBy: payerReference,
    network: [networkReference],
  };
  return { payer, network, insurancePlan };
}

/** Each clinic takes part in the network: one OrganizationAffiliation per clinic. */
export function affiliation(clinic: Clinic, serviceIds: readonly string[], lastUpdated: string): OrganizationAffiliation {
  const resource: OrganizationAffiliation = {
    resourceType: 'OrganizationAffiliation',
    id: clinic.id.replace('jcc-organization-', 'jcc-organizationaffiliation-'),
    meta: meta('plannet-OrganizationAffiliation', lastUpdated),
    active: true,
    organization: payerReference,
    participatingOrganization: reference('Organization', clinic.id, clinic.plan.name),
    network: [networkReference],
    location: clinic.offices.map((office) => reference('Location', office.id, office.name)),
  };
  if (serviceIds.length > 0) resource.healthcareService = serviceIds.map((id) => reference('HealthcareService', id));
  return resource;
}
