/**
 * PractitionerRole → the row the member search lists. Some of its facts live on other resources
 * (docs/decisions/0002-directory-data.md), so the mapper takes the role's services and locations too.
 */
import type { AcceptingPatients, Prisma } from '@/lib/generated/prisma/client';
import { acceptingPatientsOf, deliveryMethodsOf, interpreterLanguagesOf, listingVerifiedOf, networkIdsOf } from '../extension-readers';
import { referencedId } from '../fhir/common';
import type { HealthcareServiceResource, LocationResource, PractitionerRoleResource } from '../fhir/resources';
import { searchCityOf } from './location';
import { baseColumns, codesOf, dayOf, idsOf, NUCC_TAXONOMY_SYSTEM, phoneOf, tokensOf, type Imported } from './shared';

/** NUCC taxonomy codes that make a role primary care. */
export const primaryCareTaxonomyCodes: ReadonlySet<string> = new Set([
  '207Q00000X', // family medicine
  '207R00000X', // internal medicine
  '208000000X', // pediatrics
  '208D00000X', // general practice
  '363LF0000X', // family nurse practitioner
  '363LA2200X', // adult health nurse practitioner
  '363LP0200X', // pediatric nurse practitioner
  '363AM0700X', // physician assistant, medical (primary care)
  '261QP2300X', // primary care clinic / FQHC
]);

/** The role's HealthcareServices and Locations, in the order the role lists them. */
export type RoleContext = {
  services: readonly HealthcareServiceResource[];
  locations: readonly LocationResource[];
};

export type DerivedRoleFacts = {
  newPatients: AcceptingPatients | null;
  telehealth: boolean;
  inPerson: boolean;
  interpreterLanguages: string[];
  /** Its locations' cities as Location.searchCity holds them, for the FHIR chain location.address-city. */
  locationCities: string[];
};

export function deriveRoleFacts(role: PractitionerRoleResource, context: RoleContext): DerivedRoleFacts {
  // Own status, else the first service that states one, else the first location's (which may say nothing).
  const firstLocation = context.locations[0];
  const newPatients =
    acceptingPatientsOf(role) ??
    context.services.map(acceptingPatientsOf).find((status) => status !== null) ??
    (firstLocation ? acceptingPatientsOf(firstLocation) : null);
  const methods = new Set([deliveryMethodsOf(role), ...context.services.map(deliveryMethodsOf)].flatMap((set) => [...set]));
  return {
    newPatients,
    telehealth: methods.has('virtual'),
    inPerson: methods.has('physical') || methods.size === 0,
    interpreterLanguages: [...new Set([...interpreterLanguagesOf(role), ...context.locations.flatMap(interpreterLanguagesOf)])],
    locationCities: [...new Set(context.locations.flatMap((location) => searchCityOf(location) ?? []))],
  };
}

export type MappedRole = {
  row: Prisma.PractitionerRoleCreateManyInput;
  /** In the role's order; position 0 is the "first location" of the rules above. */
  locationIds: string[];
  networkIds: string[];
};

export function mapPractitionerRole(imported: Imported<PractitionerRoleResource>, context: RoleContext): MappedRole {
  const { resource } = imported;
  const specialtyCodes = codesOf(resource.specialty, NUCC_TAXONOMY_SYSTEM);
  return {
    row: {
      ...baseColumns(imported),
      active: resource.active ?? true,
      practitionerId: referencedId(resource.practitioner),
      organizationId: referencedId(resource.organization),
      roleCodes: codesOf(resource.code),
      specialtyCodes,
      specialtyTokens: tokensOf(resource.specialty),
      isPrimaryCare: specialtyCodes.some((code) => primaryCareTaxonomyCodes.has(code)),
      ...deriveRoleFacts(resource, context),
      verifiedAt: dayOf(listingVerifiedOf(resource) ?? resource.meta.lastUpdated),
      healthcareServiceIds: idsOf(resource.healthcareService),
      phone: phoneOf(resource.telecom),
    },
    locationIds: idsOf(resource.location),
    networkIds: networkIdsOf(resource),
  };
}
