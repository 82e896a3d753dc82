/**
 * What each Plan-Net search parameter should find in the sample network and edge cases
 * (tests/fixtures/sample-network.ts): one case per SHALL parameter, a few forms of each, and chains.
 * The ids are the sample's (jcc-…) and the edge cases' (edge-…).
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
  referencesOf,
  refers,
  startsWith,
  type SearchCase,
} from './expectations';
import { at, type Resource } from './harness';

const PLAN_NET_CS = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem';
const LOCAL_SPECIALTY = 'https://directory.cco.example/fhir/CodeSystem/local-specialty';
const city = (r: Resource) => at(r, 'address', 'city');
const namesOrAliases = (r: Resource) => [r.name, ...list(r.alias)];

export const sampleSearchCases: SearchCase[] = [
  { type: 'Endpoint', query: 'organization=edge-organization-clinic', expected: refers('Endpoint', 'organization', 'Organization/edge-organization-clinic') },
  {
    type: 'Endpoint',
    query: 'organization.name=klamath',
    expected: (r, l) => references(r.managingOrganization).some((ref) => startsWith([l.organizationName(ref)], 'klamath')),
  },
  { type: 'Endpoint', query: '_id=edge-endpoint-fhir,edge-endpoint-direct', expected: (r) => ['edge-endpoint-fhir', 'edge-endpoint-direct'].includes(r.id) },
  { type: 'Endpoint', query: '_lastUpdated=ge2026-01-01', expected: (r) => new Date(r.meta.lastUpdated) >= new Date('2026-01-01T00:00:00Z') },
  { type: 'HealthcareService', query: 'location=Location/jcc-location-0001', expected: refers('HealthcareService', 'location', 'Location/jcc-location-0001') },
  {
    type: 'HealthcareService',
    query: 'location.address-city=white city',
    expected: (r, l) => references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'white city')),
  },
  {
    type: 'HealthcareService',
    query: 'coverage-area=edge-location-main',
    expected: refers('HealthcareService', 'coverage-area', 'Location/edge-location-main'),
  },
  {
    type: 'HealthcareService',
    query: 'organization=jcc-organization-0001',
    expected: refers('HealthcareService', 'organization', 'Organization/jcc-organization-0001'),
  },
  { type: 'HealthcareService', query: 'endpoint=edge-endpoint-fhir', expected: refers('HealthcareService', 'endpoint', 'Endpoint/edge-endpoint-fhir') },
  { type: 'HealthcareService', query: 'name=valley', expected: (r) => startsWith([r.name], 'valley') },
  { type: 'HealthcareService', query: 'service-category=behav', expected: (r) => hasCode(r.category, 'behav') },
  {
    type: 'HealthcareService',
    query: `service-category=${PLAN_NET_CS}/HealthcareServiceCategoryCS|dent`,
    expected: (r) => hasCode(r.category, 'dent', `${PLAN_NET_CS}/HealthcareServiceCategoryCS`),
  },
  { type: 'HealthcareService', query: 'service-type=91', expected: (r) => hasCode(r.type, '91') },
  { type: 'HealthcareService', query: 'specialty=363LF0000X', expected: (r) => hasCode(r.specialty, '363LF0000X') },
  {
    type: 'InsurancePlan',
    query: 'administered-by=edge-organization-satellite',
    expected: refers('InsurancePlan', 'administered-by', 'Organization/edge-organization-satellite'),
  },
  {
    type: 'InsurancePlan',
    query: 'owned-by=Organization/jcc-organization-plan',
    expected: refers('InsurancePlan', 'owned-by', 'Organization/jcc-organization-plan'),
  },
  { type: 'InsurancePlan', query: 'coverage-area=edge-location-main', expected: refers('InsurancePlan', 'coverage-area', 'Location/edge-location-main') },
  { type: 'InsurancePlan', query: 'name=ohp', expected: (r) => startsWith(namesOrAliases(r), 'ohp') },
  { type: 'InsurancePlan', query: 'name:contains=medicare', expected: (r) => namesOrAliases(r).some((text) => folded(text).includes('medicare')) },
  { type: 'InsurancePlan', query: 'plan-type=platinum', expected: (r) => list(r.plan).some((plan) => hasCode(plan.type, 'platinum')) },
  {
    type: 'InsurancePlan',
    query: 'identifier=https://www.cms.gov/medicare/ma-plan-id|H9999-001-001',
    expected: (r) => list(r.identifier).some((i) => i.system === 'https://www.cms.gov/medicare/ma-plan-id' && i.value === 'H9999-001-001'),
  },
  { type: 'InsurancePlan', query: 'type=medicare', expected: (r) => hasCode(r.type, 'medicare') },
  { type: 'Location', query: 'partof=edge-location-main', expected: refers('Location', 'partof', 'Location/edge-location-main') },
  { type: 'Location', query: 'organization=jcc-organization-0001', expected: refers('Location', 'organization', 'Organization/jcc-organization-0001') },
  { type: 'Location', query: 'endpoint=edge-endpoint-direct', expected: refers('Location', 'endpoint', 'Endpoint/edge-endpoint-direct') },
  { type: 'Location', query: 'address-city=central point', expected: (r) => startsWith([city(r)], 'central point') },
  { type: 'Location', query: 'address-city:exact=Yreka', expected: (r) => city(r) === 'Yreka' },
  { type: 'Location', query: 'address-city:contains=point', expected: (r) => folded(city(r) ?? '').includes('point') },
  { type: 'Location', query: 'address-state=CA', expected: (r) => startsWith([at(r, 'address', 'state')], 'ca') },
  { type: 'Location', query: 'address-postalcode=9750', expected: (r) => startsWith([at(r, 'address', 'postalCode')], '9750') },
  { type: 'Location', query: 'address=2976 e mcandrews', expected: (r) => startsWith(addressTexts(r.address), '2976 e mcandrews') },
  {
    type: 'Location',
    query: 'type=http://terminology.hl7.org/CodeSystem/v3-RoleCode|OUTPHARM',
    expected: (r) => hasCode(r.type, 'OUTPHARM', 'http://terminology.hl7.org/CodeSystem/v3-RoleCode'),
  },
  { type: 'Organization', query: 'partof=jcc-organization-plan', expected: refers('Organization', 'partof', 'Organization/jcc-organization-plan') },
  { type: 'Organization', query: 'partof=edge-organization-clinic', expected: refers('Organization', 'partof', 'Organization/edge-organization-clinic') },
  { type: 'Organization', query: 'endpoint=edge-endpoint-direct', expected: refers('Organization', 'endpoint', 'Endpoint/edge-endpoint-direct') },
  { type: 'Organization', query: 'address=ashland', expected: (r) => startsWith(addressTexts(r.address), 'ashland') },
  {
    type: 'Organization',
    query: 'name=clinica,bear creek',
    expected: (r) => startsWith(namesOrAliases(r), 'clinica') || startsWith(namesOrAliases(r), 'bear creek'),
  },
  { type: 'Organization', query: 'name=valley partners', expected: (r) => startsWith(namesOrAliases(r), 'valley partners') },
  { type: 'Organization', query: 'type=ntwk', expected: (r) => hasCode(r.type, 'ntwk') },
  {
    type: 'Organization',
    query: 'coverage-area=Location/edge-location-main',
    expected: refers('Organization', 'coverage-area', 'Location/edge-location-main'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'primary-organization=jcc-organization-plan',
    expected: refers('OrganizationAffiliation', 'primary-organization', 'Organization/jcc-organization-plan'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'participating-organization=edge-organization-satellite',
    expected: refers('OrganizationAffiliation', 'participating-organization', 'Organization/edge-organization-satellite'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'location=jcc-location-0001',
    expected: refers('OrganizationAffiliation', 'location', 'Location/jcc-location-0001'),
  },
  {
    type: 'OrganizationAffiliation',
    query: 'service=edge-service-dental',
    expected: refers('OrganizationAffiliation', 'service', 'HealthcareService/edge-service-dental'),
  },
  { type: 'OrganizationAffiliation', query: 'network=jcc-network', expected: refers('OrganizationAffiliation', 'network', 'Organization/jcc-network') },
  {
    type: 'OrganizationAffiliation',
    query: 'endpoint=edge-endpoint-fhir',
    expected: refers('OrganizationAffiliation', 'endpoint', 'Endpoint/edge-endpoint-fhir'),
  },
  { type: 'OrganizationAffiliation', query: 'role=pharmacy', expected: (r) => hasCode(r.code, 'pharmacy') },
  {
    type: 'OrganizationAffiliation',
    query: 'specialty=http://nucc.org/provider-taxonomy|3336C0003X',
    expected: (r) => hasCode(r.specialty, '3336C0003X', 'http://nucc.org/provider-taxonomy'),
  },
  { type: 'Practitioner', query: 'name=mitchell', expected: (r) => startsWith(nameTexts(r), 'mitchell') },
  // Written as the member would write it. (The API's fold knows the accents of Western European
  // languages only, so 'nguyen' does not yet find 'Nguyễn' here, though the member search does.)
  {
    type: 'Practitioner',
    query: 'family=nguyễn&given=thảo',
    expected: (r) =>
      startsWith(
        list(r.name).map((n) => n.family),
        'nguyễn',
      ) &&
      startsWith(
        list(r.name).flatMap((n) => list(n.given)),
        'thảo',
      ),
  },
  {
    type: 'Practitioner',
    query: 'family=hernan',
    expected: (r) =>
      startsWith(
        list(r.name).map((n) => n.family),
        'hernan',
      ),
  },
  { type: 'Practitioner', query: 'given:exact=María', expected: (r) => list(r.name).some((n) => list(n.given).some((given: unknown) => given === 'María')) },
  {
    type: 'PractitionerRole',
    query: 'practitioner=jcc-practitioner-0001',
    expected: refers('PractitionerRole', 'practitioner', 'Practitioner/jcc-practitioner-0001'),
  },
  {
    type: 'PractitionerRole',
    query: 'practitioner.name=mitchell',
    expected: (r, l) => references(r.practitioner).some((ref) => startsWith(l.practitionerNames(ref), 'mitchell')),
  },
  {
    type: 'PractitionerRole',
    query: 'organization=jcc-organization-0001',
    expected: refers('PractitionerRole', 'organization', 'Organization/jcc-organization-0001'),
  },
  { type: 'PractitionerRole', query: 'location=jcc-location-0001', expected: refers('PractitionerRole', 'location', 'Location/jcc-location-0001') },
  {
    type: 'PractitionerRole',
    query: 'location.address-city=Central Point',
    expected: (r, l) => references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'central point')),
  },
  {
    type: 'PractitionerRole',
    query: 'service=jcc-healthcareservice-0001',
    expected: refers('PractitionerRole', 'service', 'HealthcareService/jcc-healthcareservice-0001'),
  },
  { type: 'PractitionerRole', query: 'network=edge-network', expected: refers('PractitionerRole', 'network', 'Organization/edge-network') },
  {
    type: 'PractitionerRole',
    query: 'network.name=siskiyou border',
    expected: (r, l) => extensionReferences(r, 'network-reference').some((ref) => startsWith([l.organizationName(ref)], 'siskiyou border')),
  },
  { type: 'PractitionerRole', query: 'endpoint=edge-endpoint-direct', expected: refers('PractitionerRole', 'endpoint', 'Endpoint/edge-endpoint-direct') },
  { type: 'PractitionerRole', query: 'role=ph', expected: (r) => hasCode(r.code, 'ph') },
  {
    type: 'PractitionerRole',
    query: 'specialty=207Q00000X&location.address-city=medford',
    expected: (r, l) => hasCode(r.specialty, '207Q00000X') && references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'medford')),
  },
  {
    type: 'PractitionerRole',
    query: 'specialty=http://nucc.org/provider-taxonomy|207R00000X,208000000X',
    expected: (r) => hasCode(r.specialty, '207R00000X', 'http://nucc.org/provider-taxonomy') || hasCode(r.specialty, '208000000X'),
  },
  { type: 'PractitionerRole', query: 'specialty=TELE,183500000X', expected: (r) => hasCode(r.specialty, 'TELE') || hasCode(r.specialty, '183500000X') },
  { type: 'PractitionerRole', query: `specialty=${LOCAL_SPECIALTY}|TELE`, expected: (r) => hasCode(r.specialty, 'TELE', LOCAL_SPECIALTY) },
  {
    type: 'PractitionerRole',
    query: 'specialty=|WALK-IN',
    expected: (r) => codings(r.specialty).some((coding) => coding.code === 'WALK-IN' && coding.system === undefined),
  },
  { type: 'PractitionerRole', query: 'specialty=WALK-IN,207R00000X', expected: (r) => hasCode(r.specialty, 'WALK-IN') || hasCode(r.specialty, '207R00000X') },
  {
    type: 'PractitionerRole',
    query: 'location.address-city:contains=POINT',
    expected: (r, l) => references(r.location).some((ref) => folded(l.cityOf(ref) ?? '').includes('point')),
  },
  { type: 'PractitionerRole', query: 'location.address-city:exact=Yreka', expected: (r, l) => references(r.location).some((ref) => l.cityOf(ref) === 'Yreka') },
  {
    type: 'PractitionerRole',
    query: 'location:Location.address-city=yreka,white c',
    expected: (r, l) => references(r.location).some((ref) => startsWith([l.cityOf(ref)], 'yreka') || startsWith([l.cityOf(ref)], 'white c')),
  },
  { type: 'PractitionerRole', query: '_lastUpdated=gt2026-09-15T10:03:10Z', expected: (r) => new Date(r.meta.lastUpdated) > new Date('2026-09-15T10:03:10Z') },
  { type: 'PractitionerRole', query: '_lastUpdated=2026-08', expected: (r) => r.meta.lastUpdated.startsWith('2026-08') },
  // Reverse chaining (_has): what refers to the resource, through each kind of reference Plan-Net declares.
  {
    type: 'Practitioner',
    query: '_has:PractitionerRole:practitioner:specialty=207Q00000X',
    expected: (r, l) => l.referrers('PractitionerRole', 'practitioner', `Practitioner/${r.id}`).some((role) => hasCode(role.specialty, '207Q00000X')),
  },
  {
    type: 'Practitioner',
    query: '_has:PractitionerRole:practitioner:specialty=207Q00000X&_lastUpdated=ge2026-08-01',
    expected: (r, l) =>
      new Date(r.meta.lastUpdated) >= new Date('2026-08-01T00:00:00Z') &&
      l.referrers('PractitionerRole', 'practitioner', `Practitioner/${r.id}`).some((role) => hasCode(role.specialty, '207Q00000X')),
  },
  {
    type: 'Organization',
    query: '_has:PractitionerRole:organization:specialty=207Q00000X',
    expected: (r, l) => l.referrers('PractitionerRole', 'organization', `Organization/${r.id}`).some((role) => hasCode(role.specialty, '207Q00000X')),
  },
  {
    type: 'Organization',
    query: '_has:PractitionerRole:network:specialty=207Q00000X',
    expected: (r, l) => l.referrers('PractitionerRole', 'network', `Organization/${r.id}`).some((role) => hasCode(role.specialty, '207Q00000X')),
  },
  {
    type: 'Organization',
    query: '_has:HealthcareService:organization:service-category=behav',
    expected: (r, l) => l.referrers('HealthcareService', 'organization', `Organization/${r.id}`).some((service) => hasCode(service.category, 'behav')),
  },
  {
    type: 'Organization',
    query: '_has:OrganizationAffiliation:participating-organization:network=edge-network',
    expected: (r, l) =>
      l
        .referrers('OrganizationAffiliation', 'participating-organization', `Organization/${r.id}`)
        .some((affiliation) => (referencesOf.OrganizationAffiliation.network?.(affiliation) ?? []).includes('Organization/edge-network')),
  },
  {
    type: 'Location',
    query: '_has:PractitionerRole:location:specialty=207Q00000X',
    expected: (r, l) => l.referrers('PractitionerRole', 'location', `Location/${r.id}`).some((role) => hasCode(role.specialty, '207Q00000X')),
  },
  {
    type: 'HealthcareService',
    query: '_has:PractitionerRole:service:_id=edge-role-telehealth,edge-role-pharmacist',
    expected: (r, l) =>
      l
        .referrers('PractitionerRole', 'service', `HealthcareService/${r.id}`)
        .some((role) => ['edge-role-telehealth', 'edge-role-pharmacist'].includes(role.id)),
  },
  {
    type: 'Practitioner',
    query: '_has:PractitionerRole:practitioner:location.address-city=medford',
    expected: (r, l) =>
      l
        .referrers('PractitionerRole', 'practitioner', `Practitioner/${r.id}`)
        .some((role) => references(role.location).some((ref) => startsWith([l.cityOf(ref)], 'medford'))),
  },
];
