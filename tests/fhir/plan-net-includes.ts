/** Plan-Net's SHALL _include values per resource type, as its CapabilityStatement lists them. */
export const planNetIncludes: Record<string, string[]> = {
  Endpoint: ['Endpoint:organization'],
  HealthcareService: ['HealthcareService:location', 'HealthcareService:coverage-area', 'HealthcareService:organization', 'HealthcareService:endpoint'],
  InsurancePlan: ['InsurancePlan:administered-by', 'InsurancePlan:owned-by', 'InsurancePlan:coverage-area'],
  Location: ['Location:endpoint', 'Location:organization', 'Location:partof'],
  Organization: ['Organization:partof', 'Organization:endpoint', 'Organization:coverage-area'],
  OrganizationAffiliation: [
    'OrganizationAffiliation:primary-organization',
    'OrganizationAffiliation:participating-organization',
    'OrganizationAffiliation:location',
    'OrganizationAffiliation:service',
    'OrganizationAffiliation:endpoint',
    'OrganizationAffiliation:network',
  ],
  PractitionerRole: [
    'PractitionerRole:practitioner',
    'PractitionerRole:organization',
    'PractitionerRole:location',
    'PractitionerRole:service',
    'PractitionerRole:network',
    'PractitionerRole:endpoint',
  ],
};
