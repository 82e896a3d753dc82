/**
 * What each Plan-Net search parameter should find in the third-party Plan-Net fixture and the
 * supplement (./plan-net-supplement.ts): the ids are the fixture's.
 */
import {
  addressTexts,
  codings,
  extensionReferences,
  folded,
  hasCode,
  list,
  nameTexts,
  references,
  refers,
  startsWith,
  type SearchCase,
} from '@/tests/fhir/expectations';
import { at } from '@/tests/fhir/harness';

/** One case per SHALL parameter (and a few forms of each), with chains, over the fixture and supplement. */
export const planNetSearchCases: SearchCase[] = [
  {
    type: 'Endpoint',
    query: 'organization=plannet-organization-1230085657',
    expected: refers('Endpoint', 'organization', 'Organization/plannet-organization-1230085657'),
  },
  {
    type: 'Endpoint',
    query: 'organization.name=bayside',
    expected: (r, l) => references(r.managingOrganization).some((ref) => startsWith([l.organizationName(ref)], 'bayside')),
  },
  {
    type: 'Endpoint',
    query: '_id=extra-endpoint-fhir,plannet-organization-1230085657-direct',
    expected: (r) => ['extra-endpoint-fhir', 'plannet-organization-1230085657-direct'].includes(r.id),
  },
  { type: 'Endpoint', query: '_lastUpdated=ge2026-01-01', expected: (r) => new Date(r.meta.lastUpdated) >= new Date('2026-01-01T00:00:00Z') },
  {
    type: 'HealthcareService',
    query: 'location=Location/extra-location-annex',
    expected: refers('HealthcareService', 'location', 'Location/extra-location-annex'),
  },
  {
    type: 'HealthcareService',
    query: 'location.address-city=new haven',
    expected: (r, l) => references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'new haven')),
  },
  {
    type: 'HealthcareService',
    query: 'coverage-area=plannet-location-1230085657',
    expected: refers('HealthcareService', 'coverage-area', 'Location/plannet-location-1230085657'),
  },
  {
    type: 'HealthcareService',
    query: 'organization=plannet-organization-1230085657',
    expected: refers('HealthcareService', 'organization', 'Organization/plannet-organization-1230085657'),
  },
  {
    type: 'HealthcareService',
    query: 'endpoint=plannet-organization-1230085657-direct',
    expected: refers('HealthcareService', 'endpoint', 'Endpoint/plannet-organization-1230085657-direct'),
  },
  { type: 'HealthcareService', query: 'name=bayside', expected: (r) => startsWith([r.name], 'bayside') },
  { type: 'HealthcareService', query: 'service-category=group', expected: (r) => hasCode(r.category, 'group') },
  {
    type: 'HealthcareService',
    query: 'service-category=http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/HealthcareServiceCategoryCS|dental',
    expected: (r) => hasCode(r.category, 'dental', 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/HealthcareServiceCategoryCS'),
  },
  { type: 'HealthcareService', query: 'service-type=91', expected: (r) => hasCode(r.type, '91') },
  { type: 'HealthcareService', query: 'specialty=3336M0002X', expected: (r) => hasCode(r.specialty, '3336M0002X') },
  {
    type: 'InsurancePlan',
    query: 'administered-by=plannet-organization-1230210000',
    expected: refers('InsurancePlan', 'administered-by', 'Organization/plannet-organization-1230210000'),
  },
  {
    type: 'InsurancePlan',
    query: 'owned-by=Organization/plannet-organization-1230210000',
    expected: refers('InsurancePlan', 'owned-by', 'Organization/plannet-organization-1230210000'),
  },
  { type: 'InsurancePlan', query: 'coverage-area=extra-location-annex', expected: refers('InsurancePlan', 'coverage-area', 'Location/extra-location-annex') },
  { type: 'InsurancePlan', query: 'name=ohp', expected: (r) => startsWith([r.name, ...list(r.alias)], 'ohp') },
  { type: 'InsurancePlan', query: 'name:contains=medicare', expected: (r) => [r.name, ...list(r.alias)].some((text) => folded(text).includes('medicare')) },
  { type: 'InsurancePlan', query: 'plan-type=platinum', expected: (r) => list(r.plan).some((plan) => hasCode(plan.type, 'platinum')) },
  {
    type: 'InsurancePlan',
    query: 'identifier=https://www.cms.gov/medicare/ma-plan-id|H1234-001-001',
    expected: (r) => list(r.identifier).some((i) => i.system === 'https://www.cms.gov/medicare/ma-plan-id' && i.value === 'H1234-001-001'),
  },
  { type: 'InsurancePlan', query: 'type=medicare', expected: (r) => hasCode(r.type, 'medicare') },
  { type: 'Location', query: 'partof=plannet-location-1230085657', expected: refers('Location', 'partof', 'Location/plannet-location-1230085657') },
  {
    type: 'Location',
    query: 'organization=plannet-organization-1230085657',
    expected: refers('Location', 'organization', 'Organization/plannet-organization-1230085657'),
  },
  {
    type: 'Location',
    query: 'endpoint=plannet-organization-1230085657-direct',
    expected: refers('Location', 'endpoint', 'Endpoint/plannet-organization-1230085657-direct'),
  },
  { type: 'Location', query: 'address-city=new haven', expected: (r) => startsWith([at(r, 'address', 'city')], 'new haven') },
  { type: 'Location', query: 'address-city:exact=Providence', expected: (r) => at(r, 'address', 'city') === 'Providence' },
  { type: 'Location', query: 'address-state=RI', expected: (r) => startsWith([at(r, 'address', 'state')], 'ri') },
  { type: 'Location', query: 'address-postalcode=0290', expected: (r) => startsWith([at(r, 'address', 'postalCode')], '0290') },
  { type: 'Location', query: 'address=33 staniford', expected: (r) => startsWith(addressTexts(r.address), '33 staniford') },
  {
    type: 'Location',
    query: 'type=http://terminology.hl7.org/CodeSystem/v3-RoleCode|OUTPHARM',
    expected: (r) => hasCode(r.type, 'OUTPHARM', 'http://terminology.hl7.org/CodeSystem/v3-RoleCode'),
  },
  {
    type: 'Organization',
    query: 'partof=plannet-organization-1230210000',
    expected: refers('Organization', 'partof', 'Organization/plannet-organization-1230210000'),
  },
  {
    type: 'Organization',
    query: 'endpoint=plannet-organization-1230085657-direct',
    expected: refers('Organization', 'endpoint', 'Endpoint/plannet-organization-1230085657-direct'),
  },
  { type: 'Organization', query: 'address=boston', expected: (r) => startsWith(addressTexts(r.address), 'boston') },
  {
    type: 'Organization',
    query: 'name=clinica,extra health',
    expected: (r) => startsWith([r.name, ...list(r.alias)], 'clinica') || startsWith([r.name, ...list(r.alias)], 'extra health'),
  },
  { type: 'Organization', query: 'type=ntwk', expected: (r) => hasCode(r.type, 'ntwk') },
  {
    type: 'Organization',
    query: 'coverage-area=Location/plannet-location-1230085657',
    expected: refers('Organization', 'coverage-area', 'Location/plannet-location-1230085657'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'primary-organization=plannet-organization-1230210000',
    expected: refers('OrganizationAffiliation', 'primary-organization', 'Organization/plannet-organization-1230210000'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'participating-organization=plannet-organization-020dc4c3a0f0cd9c0c99c2273',
    expected: refers('OrganizationAffiliation', 'participating-organization', 'Organization/plannet-organization-020dc4c3a0f0cd9c0c99c2273'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'location=plannet-location-PCY-0007111',
    expected: refers('OrganizationAffiliation', 'location', 'Location/plannet-location-PCY-0007111'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'service=extra-service-dental',
    expected: refers('OrganizationAffiliation', 'service', 'HealthcareService/extra-service-dental'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'network=plannet-network-HPID010000',
    expected: refers('OrganizationAffiliation', 'network', 'Organization/plannet-network-HPID010000'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'endpoint=plannet-organization-1230085657-direct',
    expected: refers('OrganizationAffiliation', 'endpoint', 'Endpoint/plannet-organization-1230085657-direct'),
  },
  { type: 'OrganizationAffiliation', query: 'role=pharmacy', expected: (r) => hasCode(r.code, 'pharmacy') },
  {
    type: 'OrganizationAffiliation',
    query: 'specialty=http://nucc.org/provider-taxonomy|3336C0003X',
    expected: (r) => hasCode(r.specialty, '3336C0003X', 'http://nucc.org/provider-taxonomy'),
  },
  { type: 'Practitioner', query: 'name=cormier', expected: (r) => startsWith(nameTexts(r), 'cormier') },
  {
    type: 'Practitioner',
    query: 'family=corm&given=mauro',
    expected: (r) =>
      startsWith(
        list(r.name).map((n) => n.family),
        'corm',
      ) &&
      startsWith(
        list(r.name).flatMap((n) => list(n.given)),
        'mauro',
      ),
  },
  { type: 'Practitioner', query: 'given:exact=Mauro', expected: (r) => list(r.name).some((n) => list(n.given).some((given: unknown) => given === 'Mauro')) },
  {
    type: 'PractitionerRole',
    query: 'practitioner=plannet-practitioner-1230081110',
    expected: refers('PractitionerRole', 'practitioner', 'Practitioner/plannet-practitioner-1230081110'),
  },
  {
    type: 'PractitionerRole',
    query: 'practitioner.name=cormier',
    expected: (r, l) => references(r.practitioner).some((ref) => startsWith(l.practitionerNames(ref), 'cormier')),
  },
  {
    type: 'PractitionerRole',
    query: 'organization=plannet-organization-1236348148',
    expected: refers('PractitionerRole', 'organization', 'Organization/plannet-organization-1236348148'),
  },
  {
    type: 'PractitionerRole',
    query: 'location=plannet-location-1236348148',
    expected: refers('PractitionerRole', 'location', 'Location/plannet-location-1236348148'),
  },
  {
    type: 'PractitionerRole',
    query: 'location.address-city=New Haven',
    expected: (r, l) => references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'new haven')),
  },
  {
    type: 'PractitionerRole',
    query: 'service=outpat-healthcareservice-1236348148',
    expected: refers('PractitionerRole', 'service', 'HealthcareService/outpat-healthcareservice-1236348148'),
  },
  {
    type: 'PractitionerRole',
    query: 'network=plannet-network-HPID050000',
    expected: refers('PractitionerRole', 'network', 'Organization/plannet-network-HPID050000'),
  },
  {
    type: 'PractitionerRole',
    query: 'network.name=green circle',
    expected: (r, l) => extensionReferences(r, 'network-reference').some((ref) => startsWith([l.organizationName(ref)], 'green circle')),
  },
  {
    type: 'PractitionerRole',
    query: 'endpoint=plannet-organization-1230085657-direct',
    expected: refers('PractitionerRole', 'endpoint', 'Endpoint/plannet-organization-1230085657-direct'),
  },
  { type: 'PractitionerRole', query: 'role=ph', expected: (r) => hasCode(r.code, 'ph') },
  {
    type: 'PractitionerRole',
    query: 'specialty=207R00000X&location.address-city=new haven',
    expected: (r, l) => hasCode(r.specialty, '207R00000X') && references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'new haven')),
  },
  {
    type: 'PractitionerRole',
    query: 'specialty=http://nucc.org/provider-taxonomy|207RC0000X,208000000X',
    expected: (r) => hasCode(r.specialty, '207RC0000X', 'http://nucc.org/provider-taxonomy') || hasCode(r.specialty, '208000000X'),
  },
  { type: 'PractitionerRole', query: 'specialty=TELE,363LF0000X', expected: (r) => hasCode(r.specialty, 'TELE') || hasCode(r.specialty, '363LF0000X') },
  {
    type: 'PractitionerRole',
    query: 'specialty=https://example.org/local-specialty|TELE',
    expected: (r) => hasCode(r.specialty, 'TELE', 'https://example.org/local-specialty'),
  },
  {
    type: 'PractitionerRole',
    query: 'specialty=|WALK-IN',
    expected: (r) => codings(r.specialty).some((coding) => coding.code === 'WALK-IN' && coding.system === undefined),
  },
  { type: 'PractitionerRole', query: 'specialty=WALK-IN,207RC0000X', expected: (r) => hasCode(r.specialty, 'WALK-IN') || hasCode(r.specialty, '207RC0000X') },
  {
    type: 'PractitionerRole',
    query: 'location.address-city:contains=HAVEN',
    expected: (r, l) => references(r.location).some((ref) => folded(l.cityOf(ref) ?? '').includes('haven')),
  },
  {
    type: 'PractitionerRole',
    query: 'location.address-city:exact=Providence',
    expected: (r, l) => references(r.location).some((ref) => l.cityOf(ref) === 'Providence'),
  },
  {
    type: 'PractitionerRole',
    query: 'location:Location.address-city=providence,new h',
    expected: (r, l) => references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'providence') || startsWith([l.cityOf(ref)], 'new h')),
  },
  { type: 'Location', query: 'address-city:contains=haven', expected: (r) => folded(at(r, 'address', 'city') ?? '').includes('haven') },
  { type: 'PractitionerRole', query: '_lastUpdated=gt2020-08-17T10:03:10Z', expected: (r) => new Date(r.meta.lastUpdated) > new Date('2020-08-17T10:03:10Z') },
  { type: 'PractitionerRole', query: '_lastUpdated=2020-08', expected: (r) => r.meta.lastUpdated.startsWith('2020-08') },
];
