/** The plan side of the directory: the payer, its provider network and the OHP InsurancePlan. */
import type { InsurancePlan, Organization, OrganizationAffiliation, Reference } from './fhir-types';
import { concept, meta, reference, SYSTEM } from './fhir';
import type { Clinic } from './offices';

export const PAYER_ID = 'jcc-organization-plan';
export const NETWORK_ID = 'jcc-network';
export const PLAN_NAME = 'Jackson Care Connect';
export const NETWORK_NAME = 'Jackson Care Connect network';

export const payerReference: Reference = reference('Organization', PAYER_ID, PLAN_NAME);
export const networkReference: Reference = reference('Organization', NETWORK_ID, NETWORK_NAME);

export function planResources(lastUpdated: string): { payer: Organization; network: Organization; insurancePlan: InsurancePlan } {
  const payer: Organization = {
    resourceType: 'Organization',
    id: PAYER_ID,
    meta: meta('plannet-Organization', lastUpdated),
    active: true,
    type: [concept(SYSTEM.orgType, 'payer', 'Payer')],
    name: PLAN_NAME,
    // The plan's mailing address, as content/plan.yaml gives it.
    address: [
      {
        use: 'work',
        type: 'postal',
        text: '33 N Central Ave, Suite 215, Medford, OR 97501',
        line: ['33 N Central Ave', 'Suite 215'],
        city: 'Medford',
        state: 'OR',
        postalCode: '97501',
        country: 'USA',
      },
    ],
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
    name: 'Oregon Health Plan (OHP) through Jackson Care Connect',
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
