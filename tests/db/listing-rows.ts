/**
 * The smallest directory rows a listing needs, written with Prisma directly (no importer): one clinic,
 * one practitioner, two offices and the role that ties them together. For tests of code that works on
 * listings (reports, staff scripts).
 */
import type { Database } from '@/lib/db/client';

export type TestListing = {
  roleId: string;
  practitionerName: string;
  organizationName: string;
  /** The phone of the role's first location (position 0). */
  firstLocationPhone: string;
  /** The phone of its second location, which listings must not show as the first. */
  secondLocationPhone: string;
};

const stored = { lastUpdated: new Date('2026-11-01T17:00:00Z'), contentHash: 'test' };

export async function createTestListing(db: Database, suffix = 'a'): Promise<TestListing> {
  const listing: TestListing = {
    roleId: `role-${suffix}`,
    practitionerName: 'María José Ortega, MD',
    organizationName: 'Rogue Valley Family Clinic',
    firstLocationPhone: '541-555-0101',
    secondLocationPhone: '541-555-0199',
  };
  const organizationId = `org-${suffix}`;
  const practitionerId = `practitioner-${suffix}`;
  await db.organization.create({
    data: { id: organizationId, ...stored, resource: { resourceType: 'Organization', id: organizationId }, name: listing.organizationName },
  });
  await db.practitioner.create({
    data: {
      id: practitionerId,
      ...stored,
      resource: { resourceType: 'Practitioner', id: practitionerId },
      name: listing.practitionerName,
      searchName: 'maria jose ortega md',
    },
  });
  // The second office is written first, so only `position` can make the other one first.
  for (const [position, phone] of [
    [1, listing.secondLocationPhone],
    [0, listing.firstLocationPhone],
  ] as const) {
    const id = `location-${suffix}-${position}`;
    await db.location.create({ data: { id, ...stored, resource: { resourceType: 'Location', id }, name: `Office ${position}`, phone } });
  }
  await db.practitionerRole.create({
    data: {
      id: listing.roleId,
      ...stored,
      resource: { resourceType: 'PractitionerRole', id: listing.roleId },
      practitionerId,
      organizationId,
      verifiedAt: new Date('2026-11-01'),
      phone: '541-555-0000',
      locations: {
        create: [
          { locationId: `location-${suffix}-1`, position: 1 },
          { locationId: `location-${suffix}-0`, position: 0 },
        ],
      },
    },
  });
  return listing;
}
