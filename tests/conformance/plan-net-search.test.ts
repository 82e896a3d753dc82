/** The FHIR API's searches over the third-party Plan-Net fixture, and its CapabilityStatement against the guide's. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requester, type Body } from '@/tests/fhir/harness';
import { describeFhirSearches } from '@/tests/fhir/search-suite';
import { capabilityStatementFile, conformanceSuiteName, planNetWithSupplement, skipConformance } from './plan-net';
import { planNetSearchCases } from './plan-net-search-cases';

/** Plan-Net's SHALL _revinclude values, each with ids of the searched type that something refers to. */
const revIncludes: [string, string, string][] = [
  ['HealthcareService', 'PractitionerRole:service', 'outpat-healthcareservice-1236348148,extra-service-dental'],
  ['HealthcareService', 'OrganizationAffiliation:service', 'extra-service-dental,pharm-healthcareservice-020dc4c3a0f0cd9c0c99c2273'],
  ['Location', 'HealthcareService:location', 'extra-location-annex,plannet-location-1230085657'],
  ['Location', 'InsurancePlan:coverage-area', 'extra-location-annex'],
  ['Location', 'OrganizationAffiliation:location', 'extra-location-annex,plannet-location-PCY-0007111'],
  ['Location', 'PractitionerRole:location', 'plannet-location-1236348148,extra-location-annex'],
  ['Organization', 'Endpoint:organization', 'plannet-organization-1230085657,extra-organization-clinic'],
  ['Organization', 'HealthcareService:organization', 'plannet-organization-1230085657,extra-organization-clinic'],
  ['Organization', 'InsurancePlan:administered-by', 'plannet-organization-1230210000'],
  ['Organization', 'InsurancePlan:owned-by', 'plannet-organization-1230210000,extra-organization-clinic'],
  ['Organization', 'OrganizationAffiliation:primary-organization', 'plannet-organization-1230210000'],
  ['Organization', 'PractitionerRole:organization', 'plannet-organization-1236348148'],
  ['Organization', 'PractitionerRole:network', 'plannet-network-HPID080000'],
  ['Organization', 'OrganizationAffiliation:participating-organization', 'plannet-organization-020dc4c3a0f0cd9c0c99c2273,extra-organization-clinic'],
  ['Practitioner', 'PractitionerRole:practitioner', 'plannet-practitioner-1230081110'],
];

describeFhirSearches({
  dataset: planNetWithSupplement,
  name: (backend) => conformanceSuiteName(`FHIR API searches ${backend.label}`),
  skip: skipConformance,
  cases: planNetSearchCases,
  revIncludes,
  pagingSpecialty: '207R00000X',
});

describe.skipIf(skipConformance)(conformanceSuiteName('CapabilityStatement'), () => {
  it('states every SHALL parameter, _include and _revinclude of the Plan-Net CapabilityStatement', async () => {
    const { body } = await requester(() => {
      throw new Error('metadata needs no database');
    })('metadata');
    const theirs = (JSON.parse(fs.readFileSync(capabilityStatementFile(), 'utf8')) as Body).rest[0]?.resource ?? [];
    expect(theirs.length).toBeGreaterThan(0);
    for (const resource of theirs) {
      const ours = body.rest[0]?.resource.find((item) => item.type === resource.type);
      expect(ours?.searchParam.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(resource.searchParam.map((parameter) => parameter.name)));
      expect(ours?.searchInclude).toEqual(expect.arrayContaining(resource.searchInclude ?? []));
      expect(ours?.searchRevInclude).toEqual(expect.arrayContaining(resource.searchRevInclude ?? []));
    }
  });
});
