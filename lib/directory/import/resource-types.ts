/**
 * The Plan-Net resource types the directory stores, in the order the importer writes them: each type
 * refers only to types before it (a role to its practitioner, organization and locations ...), so
 * foreign keys hold at every step of the one import transaction.
 */
export const directoryResourceTypes = [
  'Organization',
  'Location',
  'Practitioner',
  'HealthcareService',
  'PractitionerRole',
  'OrganizationAffiliation',
  'InsurancePlan',
  'Endpoint',
] as const;

export type DirectoryResourceType = (typeof directoryResourceTypes)[number];

export function isDirectoryResourceType(name: string): name is DirectoryResourceType {
  return (directoryResourceTypes as readonly string[]).includes(name);
}
