import { describe, expect, it } from 'vitest';
import { sampleDataset } from '@/tests/fixtures/sample-network';
import { planNetIncludes } from '@/tests/fhir/plan-net-includes';
import { requester } from '@/tests/fhir/harness';
import { sampleSearchCases } from '@/tests/fhir/sample-search-cases';
import { describeFhirSearches } from '@/tests/fhir/search-suite';

/** Plan-Net's SHALL _revinclude values, each with ids of the searched type that something refers to. */
const revIncludes: [string, string, string][] = [
  ['HealthcareService', 'PractitionerRole:service', 'jcc-healthcareservice-0001,edge-service-dental'],
  ['HealthcareService', 'OrganizationAffiliation:service', 'edge-service-dental,jcc-healthcareservice-0005'],
  ['Location', 'HealthcareService:location', 'edge-location-annex,jcc-location-0001'],
  ['Location', 'InsurancePlan:coverage-area', 'edge-location-main'],
  ['Location', 'OrganizationAffiliation:location', 'edge-location-annex,jcc-location-0001'],
  ['Location', 'PractitionerRole:location', 'jcc-location-0001,edge-location-main'],
  ['Organization', 'Endpoint:organization', 'edge-organization-clinic,jcc-organization-0001'],
  ['Organization', 'HealthcareService:organization', 'jcc-organization-0001,edge-organization-satellite'],
  ['Organization', 'InsurancePlan:administered-by', 'jcc-organization-plan,edge-organization-satellite'],
  ['Organization', 'InsurancePlan:owned-by', 'jcc-organization-plan,edge-organization-clinic'],
  ['Organization', 'OrganizationAffiliation:primary-organization', 'jcc-organization-plan,edge-organization-clinic'],
  ['Organization', 'PractitionerRole:organization', 'jcc-organization-0001'],
  ['Organization', 'PractitionerRole:network', 'edge-network'],
  ['Organization', 'OrganizationAffiliation:participating-organization', 'jcc-organization-0001,edge-organization-satellite'],
  ['Practitioner', 'PractitionerRole:practitioner', 'jcc-practitioner-0001,edge-practitioner-nguyen'],
];

describeFhirSearches({
  dataset: sampleDataset,
  name: (backend) => `FHIR API searches over ${sampleDataset.name} ${backend.label}`,
  cases: sampleSearchCases,
  revIncludes,
  pagingSpecialty: '207Q00000X',
});

describe('FHIR API CapabilityStatement', () => {
  it('states every search parameter, _include and _revinclude the searches are tested on', async () => {
    const { body } = await requester(() => {
      throw new Error('metadata needs no database');
    })('metadata');
    expect(body.instantiates).toEqual([
      'http://hl7.org/fhir/us/davinci-pdex-plan-net/CapabilityStatement/plan-net',
      'http://hl7.org/fhir/us/davinci-drug-formulary/CapabilityStatement/usdf-server',
    ]);
    const stated = (type: string) => body.rest[0]?.resource.find((resource) => resource.type === type);
    for (const { type, query } of sampleSearchCases) {
      const names = [...new URLSearchParams(query).keys()].map((name) => name.split(/[.:]/)[0]);
      expect(
        stated(type)?.searchParam.map((parameter) => parameter.name),
        `${type}?${query}`,
      ).toEqual(expect.arrayContaining(names));
    }
    for (const [type, includes] of Object.entries(planNetIncludes)) expect(stated(type)?.searchInclude).toEqual(expect.arrayContaining(includes));
    for (const [type, revInclude] of revIncludes) expect(stated(type)?.searchRevInclude).toContain(revInclude);
  });
});
