/**
 * A few resources of our own imported after the third-party Plan-Net fixture, carrying the elements the
 * fixture never uses (endpoints, coverage areas, partOf, plan types, service types); their references
 * point into the fixture.
 */
import type { ResourcesByType } from '@/tests/fixtures/ndjson';

const meta = (profile: string) => ({
  lastUpdated: '2026-11-01T12:00:00Z',
  profile: [`http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-${profile}`],
});
const endpointRef = { reference: 'Endpoint/plannet-organization-1230085657-direct' };
/** Resources with the elements the fixture lacks; their references point into the fixture. */
export const planNetSupplement: ResourcesByType = {
  Location: [
    {
      resourceType: 'Location',
      id: 'extra-location-annex',
      meta: meta('Location'),
      status: 'active',
      name: 'Bayside Annex',
      type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'HOSP' }], text: 'Hospital' }],
      address: { line: ['35 Staniford St'], city: 'Providence', state: 'RI', postalCode: '02905' },
      managingOrganization: { reference: 'Organization/plannet-organization-1230085657' },
      partOf: { reference: 'Location/plannet-location-1230085657' },
      endpoint: [endpointRef],
    },
  ],
  Organization: [
    {
      resourceType: 'Organization',
      id: 'extra-organization-clinic',
      meta: meta('Organization'),
      active: true,
      name: 'Clínica Extra',
      alias: ['Extra Health Partners'],
      type: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/OrgTypeCS', code: 'prvgrp' }] }],
      address: [{ line: ['1 Main St'], city: 'Hartford', state: 'CT', postalCode: '06103' }],
      extension: [
        {
          url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/location-reference',
          valueReference: { reference: 'Location/plannet-location-1230085657' },
        },
      ],
      endpoint: [endpointRef],
    },
  ],
  HealthcareService: [
    {
      resourceType: 'HealthcareService',
      id: 'extra-service-dental',
      meta: meta('HealthcareService'),
      active: true,
      name: 'Extra Dental',
      providedBy: { reference: 'Organization/extra-organization-clinic' },
      location: [{ reference: 'Location/extra-location-annex' }],
      category: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/HealthcareServiceCategoryCS', code: 'dental' }] }],
      type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/service-type', code: '91' }], text: 'Orthodontic' }],
      coverageArea: [{ reference: 'Location/plannet-location-1230085657' }],
      endpoint: [endpointRef],
    },
  ],
  InsurancePlan: [
    {
      resourceType: 'InsurancePlan',
      id: 'extra-plan-medicaid',
      meta: meta('InsurancePlan'),
      status: 'active',
      name: 'Extra Medicaid Plan',
      alias: ['OHP Extra'],
      identifier: [{ system: 'https://example.org/plan-id', value: 'EXTRA-1' }],
      type: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/InsuranceProductTypeCS', code: 'medicaid' }] }],
      ownedBy: { reference: 'Organization/extra-organization-clinic' },
      administeredBy: { reference: 'Organization/extra-organization-clinic' },
      coverageArea: [{ reference: 'Location/extra-location-annex' }],
      plan: [{ type: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/InsurancePlanTypeCS', code: 'platinum' }] } }],
    },
  ],
  PractitionerRole: [
    {
      resourceType: 'PractitionerRole',
      id: 'extra-role-telehealth',
      meta: meta('PractitionerRole'),
      active: true,
      practitioner: { reference: 'Practitioner/plannet-practitioner-1230081110' },
      organization: { reference: 'Organization/extra-organization-clinic' },
      code: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/ProviderRoleCS', code: 'np' }] }],
      specialty: [
        { coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '363LF0000X' }] },
        { coding: [{ system: 'https://example.org/local-specialty', code: 'TELE' }] },
        { coding: [{ code: 'WALK-IN' }], text: 'Walk-in visits' },
      ],
      location: [{ reference: 'Location/extra-location-annex' }],
      healthcareService: [{ reference: 'HealthcareService/extra-service-dental' }],
      endpoint: [endpointRef],
      extension: [
        {
          url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference',
          valueReference: { reference: 'Organization/plannet-network-HPID010000' },
        },
        {
          url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients',
          extension: [
            {
              url: 'acceptingPatients',
              valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/AcceptingPatientsCS', code: 'newpt' }] },
            },
          ],
        },
        {
          url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/delivery-method',
          extension: [
            {
              url: 'type',
              valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/DeliveryMethodCS', code: 'virtual' }] },
            },
          ],
        },
      ],
    },
  ],
  OrganizationAffiliation: [
    {
      resourceType: 'OrganizationAffiliation',
      id: 'extra-affiliation',
      meta: meta('OrganizationAffiliation'),
      active: true,
      organization: { reference: 'Organization/plannet-organization-1230210000' },
      participatingOrganization: { reference: 'Organization/extra-organization-clinic' },
      network: [{ reference: 'Organization/plannet-network-HPID010000' }],
      location: [{ reference: 'Location/extra-location-annex' }],
      healthcareService: [{ reference: 'HealthcareService/extra-service-dental' }],
      endpoint: [endpointRef],
      code: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/OrganizationAffiliationRoleCS', code: 'provider' }] }],
    },
  ],
  Endpoint: [
    {
      resourceType: 'Endpoint',
      id: 'extra-endpoint-fhir',
      meta: meta('Endpoint'),
      status: 'active',
      name: 'Extra FHIR endpoint',
      address: 'https://fhir.extra.example/r4',
      connectionType: { system: 'http://terminology.hl7.org/CodeSystem/endpoint-connection-type', code: 'hl7-fhir-rest' },
      payloadType: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/EndpointPayloadTypeCS', code: 'NA' }] }],
      managingOrganization: { reference: 'Organization/extra-organization-clinic' },
    },
  ],
};
