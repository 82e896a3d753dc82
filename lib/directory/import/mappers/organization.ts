import type { Prisma } from '@/lib/generated/prisma/client';
import { referencedId } from '../fhir/common';
import type { OrganizationResource } from '../fhir/resources';
import { normalizeForSearch } from '../normalize';
import { baseColumns, codesOf, npiOf, phoneOf, type Imported } from './shared';

const NETWORK_PROFILE = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-Network';

/** A network is an Organization with the Plan-Net Network profile or the type code `ntwk`. */
export function isNetwork(resource: OrganizationResource): boolean {
  return (resource.meta.profile ?? []).includes(NETWORK_PROFILE) || codesOf(resource.type).includes('ntwk');
}

export function mapOrganization(imported: Imported<OrganizationResource>): Prisma.OrganizationCreateManyInput {
  const { resource } = imported;
  const name = resource.name?.trim() || null;
  return {
    ...baseColumns(imported),
    active: resource.active ?? true,
    name,
    searchName: name ? normalizeForSearch(name) : '',
    isNetwork: isNetwork(resource),
    typeCodes: codesOf(resource.type),
    npi: npiOf(resource.identifier),
    partOfId: referencedId(resource.partOf),
    phone: phoneOf(resource.telecom),
  };
}
