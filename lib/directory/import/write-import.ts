/**
 * Writes validated resources inside the caller's transaction, type by type in dependency order, and
 * counts what it created, updated and left alone.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { mapHealthcareService } from './mappers/healthcare-service';
import { mapLocation } from './mappers/location';
import { mapEndpoint, mapInsurancePlan, mapOrganizationAffiliation } from './mappers/network-resources';
import { mapOrganization } from './mappers/organization';
import { mapPractitioner } from './mappers/practitioner';
import { mapPractitionerRole, type MappedRole } from './mappers/practitioner-role';
import type { ResourcesByType } from './read-folder';
import type { DirectoryResourceType } from './resource-types';
import { rebuildListingSearchRows } from '../search/search-rows';
import { contextOf, loadContextResources, rederiveDependentRoles, sameDerivedFacts, type ContextResources } from './role-context';
import { sameVersion, upsertRows, type UpsertOutcome } from './upsert-rows';

type Tx = Prisma.TransactionClient;
export type TypeCounts = { created: number; updated: number; unchanged: number };
export type ImportCounts = { byType: Record<DirectoryResourceType, TypeCounts>; rederivedRoles: number };

/** Whether an import wrote anything: a resource created or updated, or a listing derived again. */
export function importChangedAnything(counts: ImportCounts): boolean {
  return counts.rederivedRoles > 0 || Object.values(counts.byType).some((typeCounts) => typeCounts.created + typeCounts.updated > 0);
}
export type WriteProgress = (type: DirectoryResourceType, written: number, total: number) => void;

const version = { id: true, lastUpdated: true, contentHash: true } as const;
const counts = <Row>(outcome: UpsertOutcome<Row>): TypeCounts => ({
  created: outcome.created.length,
  updated: outcome.updated.length,
  unchanged: outcome.unchanged,
});

export async function writeImport(tx: Tx, resources: ResourcesByType, onProgress: WriteProgress = () => {}): Promise<ImportCounts> {
  const progress = (type: DirectoryResourceType) => (written: number, total: number) => onProgress(type, written, total);

  const organizations = await upsertRows(resources.Organization.map(mapOrganization), {
    findExisting: (ids) => tx.organization.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.organization.createMany({ data }),
    update: (data) => tx.organization.update({ where: { id: data.id }, data }),
    onProgress: progress('Organization'),
  });
  const locations = await upsertRows(resources.Location.map(mapLocation), {
    findExisting: (ids) => tx.location.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.location.createMany({ data }),
    update: (data) => tx.location.update({ where: { id: data.id }, data }),
    onProgress: progress('Location'),
  });
  const practitioners = await upsertRows(resources.Practitioner.map(mapPractitioner), {
    findExisting: (ids) => tx.practitioner.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.practitioner.createMany({ data }),
    update: (data) => tx.practitioner.update({ where: { id: data.id }, data }),
    onProgress: progress('Practitioner'),
  });
  const services = await upsertRows(resources.HealthcareService.map(mapHealthcareService), {
    findExisting: (ids) => tx.healthcareService.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.healthcareService.createMany({ data }),
    update: (data) => tx.healthcareService.update({ where: { id: data.id }, data }),
    onProgress: progress('HealthcareService'),
  });

  const known: ContextResources = {
    services: new Map(resources.HealthcareService.map((line) => [line.resource.id, line.resource])),
    locations: new Map(resources.Location.map((line) => [line.resource.id, line.resource])),
  };
  const roles = await writeRoles(tx, resources, known, progress('PractitionerRole'));
  const rederivedRoles = await rederiveDependentRoles(
    tx,
    { locationIds: locations.updated.map((row) => row.id), serviceIds: services.updated.map((row) => row.id) },
    new Set(resources.PractitionerRole.map((line) => line.resource.id)),
    known,
  );

  const affiliations = await upsertRows(resources.OrganizationAffiliation.map(mapOrganizationAffiliation), {
    findExisting: (ids) => tx.organizationAffiliation.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.organizationAffiliation.createMany({ data }),
    update: (data) => tx.organizationAffiliation.update({ where: { id: data.id }, data }),
    onProgress: progress('OrganizationAffiliation'),
  });
  const plans = await upsertRows(resources.InsurancePlan.map(mapInsurancePlan), {
    findExisting: (ids) => tx.insurancePlan.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.insurancePlan.createMany({ data }),
    update: (data) => tx.insurancePlan.update({ where: { id: data.id }, data }),
    onProgress: progress('InsurancePlan'),
  });
  const endpoints = await upsertRows(resources.Endpoint.map(mapEndpoint), {
    findExisting: (ids) => tx.endpoint.findMany({ where: { id: { in: ids } }, select: version }),
    createMany: (data) => tx.endpoint.createMany({ data }),
    update: (data) => tx.endpoint.update({ where: { id: data.id }, data }),
    onProgress: progress('Endpoint'),
  });

  const byType = {
    Organization: counts(organizations),
    Location: counts(locations),
    Practitioner: counts(practitioners),
    HealthcareService: counts(services),
    PractitionerRole: counts(roles),
    OrganizationAffiliation: counts(affiliations),
    InsurancePlan: counts(plans),
    Endpoint: counts(endpoints),
  };
  // The search's own table follows the listings it was built from, in this same transaction.
  if (importChangedAnything({ byType, rederivedRoles })) await rebuildListingSearchRows(tx);
  return { byType, rederivedRoles };
}

/** Roles, their derived facts, and their join rows (replaced whole when a role changes). */
async function writeRoles(tx: Tx, resources: ResourcesByType, known: ContextResources, onProgress: (written: number, total: number) => void) {
  await loadContextResources(
    tx,
    resources.PractitionerRole.map((line) => line.resource),
    known,
  );
  const mapped = new Map<string, MappedRole>(
    resources.PractitionerRole.map((line) => [line.resource.id, mapPractitionerRole(line, contextOf(line.resource, known))]),
  );
  const outcome = await upsertRows(
    [...mapped.values()].map((role) => role.row),
    {
      findExisting: (ids) =>
        tx.practitionerRole.findMany({
          where: { id: { in: ids } },
          select: { ...version, newPatients: true, telehealth: true, inPerson: true, interpreterLanguages: true, locationCities: true },
        }),
      createMany: (data) => tx.practitionerRole.createMany({ data }),
      update: (data) => tx.practitionerRole.update({ where: { id: data.id }, data }),
      // A role is also stale when a service or location it relies on changed what it derives.
      isSame: (stored, row) =>
        sameVersion(stored, row) &&
        sameDerivedFacts(stored, {
          newPatients: row.newPatients ?? null,
          telehealth: row.telehealth ?? false,
          inPerson: row.inPerson ?? true,
          interpreterLanguages: Array.isArray(row.interpreterLanguages) ? row.interpreterLanguages : [],
          locationCities: Array.isArray(row.locationCities) ? row.locationCities : [],
        }),
      onProgress,
    },
  );
  const updatedIds = outcome.updated.map((row) => row.id);
  if (updatedIds.length > 0) {
    await tx.practitionerRoleLocation.deleteMany({ where: { roleId: { in: updatedIds } } });
    await tx.practitionerRoleNetwork.deleteMany({ where: { roleId: { in: updatedIds } } });
  }
  const written = [...outcome.created, ...outcome.updated].flatMap((row) => mapped.get(row.id) ?? []);
  const locationRows = written.flatMap((role) => role.locationIds.map((locationId, position) => ({ roleId: role.row.id, locationId, position })));
  const networkRows = written.flatMap((role) => role.networkIds.map((networkId) => ({ roleId: role.row.id, networkId })));
  for (const start of range(locationRows.length)) await tx.practitionerRoleLocation.createMany({ data: locationRows.slice(start, start + 1000) });
  for (const start of range(networkRows.length)) await tx.practitionerRoleNetwork.createMany({ data: networkRows.slice(start, start + 1000) });
  return outcome;
}

function range(length: number, step = 1000): number[] {
  return Array.from({ length: Math.ceil(length / step) }, (_, index) => index * step);
}
