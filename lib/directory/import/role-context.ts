/**
 * A role's derived facts (new patients, telehealth, interpreters) come from its HealthcareServices and
 * Locations, which may be in this import or only in the database. This module finds them, and after a
 * service or location changes, re-derives the stored roles that point at it but were not re-imported.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  healthcareServiceSchema,
  locationSchema,
  type HealthcareServiceResource,
  type LocationResource,
  type PractitionerRoleResource,
} from './fhir/resources';
import { practitionerRoleSchema } from './fhir/resources';
import { deriveRoleFacts, type DerivedRoleFacts, type RoleContext } from './mappers/practitioner-role';
import { idsOf } from './mappers/shared';
import { inBatches } from './upsert-rows';

type Tx = Prisma.TransactionClient;
export type ContextResources = { services: Map<string, HealthcareServiceResource>; locations: Map<string, LocationResource> };

/** Adds to `known` the services and locations `roles` refer to that are only in the database. */
export async function loadContextResources(tx: Tx, roles: readonly PractitionerRoleResource[], known: ContextResources): Promise<void> {
  const missingServices = new Set(roles.flatMap((role) => idsOf(role.healthcareService)).filter((id) => !known.services.has(id)));
  const missingLocations = new Set(roles.flatMap((role) => idsOf(role.location)).filter((id) => !known.locations.has(id)));
  for (const ids of inBatches([...missingServices], 1000)) {
    for (const row of await tx.healthcareService.findMany({ where: { id: { in: ids } }, select: { id: true, resource: true } })) {
      // Stored resources passed this schema when imported; one that no longer does adds nothing.
      const parsed = healthcareServiceSchema.safeParse(row.resource);
      if (parsed.success) known.services.set(row.id, parsed.data);
    }
  }
  for (const ids of inBatches([...missingLocations], 1000)) {
    for (const row of await tx.location.findMany({ where: { id: { in: ids } }, select: { id: true, resource: true } })) {
      const parsed = locationSchema.safeParse(row.resource);
      if (parsed.success) known.locations.set(row.id, parsed.data);
    }
  }
}

export function contextOf(role: PractitionerRoleResource, known: ContextResources): RoleContext {
  return {
    services: idsOf(role.healthcareService).flatMap((id) => known.services.get(id) ?? []),
    locations: idsOf(role.location).flatMap((id) => known.locations.get(id) ?? []),
  };
}

export function sameDerivedFacts(stored: DerivedRoleFacts, derived: DerivedRoleFacts): boolean {
  return (
    stored.newPatients === derived.newPatients &&
    stored.telehealth === derived.telehealth &&
    stored.inPerson === derived.inPerson &&
    stored.interpreterLanguages.join('\u0000') === derived.interpreterLanguages.join('\u0000') &&
    sameSet(stored.locationCities, derived.locationCities)
  );
}

/** Rows written before a migration filled a column in its own order compare by content. */
function sameSet(stored: readonly string[], derived: readonly string[]): boolean {
  const set = new Set(stored);
  return set.size === new Set(derived).size && derived.every((item) => set.has(item));
}

/**
 * Re-derives roles not in this import that use a changed location or service. Returns how many
 * stored rows changed.
 */
export async function rederiveDependentRoles(
  tx: Tx,
  changed: { locationIds: string[]; serviceIds: string[] },
  importedRoleIds: ReadonlySet<string>,
  known: ContextResources,
): Promise<number> {
  if (changed.locationIds.length === 0 && changed.serviceIds.length === 0) return 0;
  const dependents = await tx.practitionerRole.findMany({
    where: {
      OR: [{ locations: { some: { locationId: { in: changed.locationIds } } } }, { healthcareServiceIds: { hasSome: changed.serviceIds } }],
    },
    select: { id: true, resource: true, newPatients: true, telehealth: true, inPerson: true, interpreterLanguages: true, locationCities: true },
  });
  const roles = dependents.flatMap((row) => {
    if (importedRoleIds.has(row.id)) return [];
    const parsed = practitionerRoleSchema.safeParse(row.resource);
    return parsed.success ? [{ stored: row, resource: parsed.data }] : [];
  });
  await loadContextResources(
    tx,
    roles.map((role) => role.resource),
    known,
  );
  let changedRows = 0;
  for (const { stored, resource } of roles) {
    const derived = deriveRoleFacts(resource, contextOf(resource, known));
    if (sameDerivedFacts(stored, derived)) continue;
    await tx.practitionerRole.update({ where: { id: stored.id }, data: derived });
    changedRows += 1;
  }
  return changedRows;
}
