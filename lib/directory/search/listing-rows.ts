/**
 * The rows a page of results shows, in one statement. Prisma's `include` loads each relation with a
 * query of its own (the role, its practitioner, organization, office links and offices: five, one
 * after another); here the database joins and nests them, so a results page waits for one answer
 * (docs/decisions/0007). Offices carry the columns of officeColumns, as the Prisma queries do.
 */
import type { Database } from '@/lib/db';
import { textArray } from '@/lib/db/sql-values';
import { Prisma } from '@/lib/generated/prisma/client';
import { officeColumns, type SummaryRow } from './reshape';

/** An office as JSON with exactly officeColumns (our own names, checked, so safe to write into the SQL). */
const officeObject = Prisma.raw(
  `jsonb_build_object(${Object.keys(officeColumns)
    .map((column) => {
      if (!/^[A-Za-z]+$/.test(column)) throw new Error(`unexpected column name ${column}`);
      return `'${column}', l."${column}"`;
    })
    .join(', ')})`,
);

/**
 * Of a role's stored FHIR resource, a card reads only its specialties' displays and the practitioner's
 * display name (reshape.ts). The whole resource is about 2 KB a role; on PGlite turning it into JSON
 * and back was half the cost of loading a page of results (6.1 → 3.1 ms for 20 listings).
 */
const cardResource = Prisma.sql`jsonb_build_object('specialty', r.resource->'specialty', 'practitioner', r.resource->'practitioner')`;

/** The listings with these PractitionerRole ids, in no particular order (the caller orders them). */
export async function loadSummaryRows(db: Database, roleIds: readonly string[]): Promise<SummaryRow[]> {
  if (roleIds.length === 0) return [];
  return db.$queryRaw<SummaryRow[]>`
    SELECT r.id, ${cardResource} AS resource, r."specialtyCodes", r."isPrimaryCare", r."newPatients"::text AS "newPatients", r."interpreterLanguages",
      r.telehealth, r."inPerson", r.phone, r."verifiedAt",
      CASE WHEN p.id IS NULL THEN NULL ELSE jsonb_build_object('name', p.name, 'credentials', p.credentials, 'languages', to_jsonb(p.languages)) END
        AS practitioner,
      CASE WHEN o.id IS NULL THEN NULL ELSE jsonb_build_object('name', o.name) END AS organization,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('location', ${officeObject}) ORDER BY rl.position)
        FROM "PractitionerRoleLocation" rl JOIN "Location" l ON l.id = rl."locationId"
        WHERE rl."roleId" = r.id
      ), '[]'::jsonb) AS locations
    FROM "PractitionerRole" r
    LEFT JOIN "Practitioner" p ON p.id = r."practitionerId"
    LEFT JOIN "Organization" o ON o.id = r."organizationId"
    WHERE r.id = ANY(${textArray(roleIds)})`;
}
