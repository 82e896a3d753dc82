/**
 * Rebuilds ListingSearchRow, the one table the member search reads, from the directory tables.
 * The importer calls it inside its transaction, so searches never see a half-built table; anything
 * else that changes listings outside an import (tests, staff tools) calls it afterwards.
 */
import type { Prisma } from '@/lib/generated/prisma/client';

type Executor = Pick<Prisma.TransactionClient, '$executeRaw'>;

export async function rebuildListingSearchRows(db: Executor): Promise<number> {
  await db.$executeRaw`DELETE FROM "ListingSearchRow"`;
  return db.$executeRaw`
    INSERT INTO "ListingSearchRow" (
      "roleId", "locationId", "firstOffice", "isPrimaryCare", "newPatients", "specialtyCodes", "languages",
      "interpreterLanguages", "gender", "telehealth", "accessibilityCodes", "latitude", "longitude", "familyKey", "searchName")
    SELECT r.id, coalesce(office.id, ''),
      row_number() OVER (PARTITION BY r.id ORDER BY office.position NULLS FIRST) = 1,
      r."isPrimaryCare", r."newPatients", r."specialtyCodes", p.languages,
      r."interpreterLanguages", p.gender, r.telehealth, coalesce(office."accessibilityCodes", '{}'),
      office.latitude, office.longitude, lower(coalesce(p."familyName", p.name)), p."searchName"
    FROM "PractitionerRole" r
    JOIN "Practitioner" p ON p.id = r."practitionerId" AND p.active
    LEFT JOIN LATERAL (
      SELECT l.id, rl.position, l."accessibilityCodes", l.latitude, l.longitude
      FROM "PractitionerRoleLocation" rl JOIN "Location" l ON l.id = rl."locationId" AND l.active
      WHERE rl."roleId" = r.id
    ) office ON true
    WHERE r.active`;
}
