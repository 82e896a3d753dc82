/** The resources the search does not list but the FHIR API serves: affiliations, plans and endpoints. */
import type { Prisma } from '@/lib/generated/prisma/client';
import { referencedId } from '../fhir/common';
import type { EndpointResource, InsurancePlanResource, OrganizationAffiliationResource } from '../fhir/resources';
import { baseColumns, codesOf, idsOf, NUCC_TAXONOMY_SYSTEM, type Imported } from './shared';

export function mapOrganizationAffiliation(imported: Imported<OrganizationAffiliationResource>): Prisma.OrganizationAffiliationCreateManyInput {
  const { resource } = imported;
  return {
    ...baseColumns(imported),
    active: resource.active ?? true,
    organizationId: referencedId(resource.organization),
    participatingOrganizationId: referencedId(resource.participatingOrganization),
    roleCodes: codesOf(resource.code),
    specialtyCodes: codesOf(resource.specialty, NUCC_TAXONOMY_SYSTEM),
    networkIds: idsOf(resource.network),
    locationIds: idsOf(resource.location),
    healthcareServiceIds: idsOf(resource.healthcareService),
  };
}

export function mapInsurancePlan(imported: Imported<InsurancePlanResource>): Prisma.InsurancePlanCreateManyInput {
  const { resource } = imported;
  return {
    ...baseColumns(imported),
    status: resource.status ?? null,
    name: resource.name?.trim() || null,
    typeCodes: codesOf(resource.type),
    ownedById: referencedId(resource.ownedBy),
    administeredById: referencedId(resource.administeredBy),
    networkIds: idsOf(resource.network),
  };
}

export function mapEndpoint(imported: Imported<EndpointResource>): Prisma.EndpointCreateManyInput {
  const { resource } = imported;
  return {
    ...baseColumns(imported),
    status: resource.status,
    name: resource.name?.trim() || null,
    connectionType: resource.connectionType.code,
    address: resource.address.trim(),
    managingOrganizationId: referencedId(resource.managingOrganization),
  };
}
