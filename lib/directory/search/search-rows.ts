/**
 * Rebuilds ListingSearchRow, the one table the member search reads, from the directory tables.
 * The importer calls it inside its transaction, so searches never see a half-built table; anything
 * else that changes listings outside an import (tests, staff tools) calls it afterwards.
 *
 * Two kinds of listing: a practitioner's role, and a place (an urgent care clinic, emergency room,
 * hospital, pharmacy or lab: a HealthcareService of one of those categories, at its open Locations).
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { textArray } from '@/lib/db/sql-values';
import { forgetCounts } from './count-cache';
import { PLACE_LISTING_PREFIX } from './listing-ids';
import { ADULT_CODE_PREFIX, adultOnlyCodes, careKindCodes, placeCareCategories } from './options';

type Executor = Pick<Prisma.TransactionClient, '$executeRaw'>;

const columns = Prisma.raw(`"roleId", "locationId", "firstOffice", "isPrimaryCare", "newPatients", "specialtyCodes", "languages",
  "interpreterLanguages", "gender", "telehealth", "accessibilityCodes", "latitude", "longitude", "familyKey", "searchName",
  "kind", "serviceCategories", "ages", "organizationSearchName"`);

export async function rebuildListingSearchRows(db: Executor): Promise<number> {
  forgetCounts();
  await db.$executeRaw`DELETE FROM "ListingSearchRow"`;
  return (await insertPractitionerRows(db)) + (await insertPlaceRows(db));
}

/**
 * Who a role sees: children when a specialty is pediatric; else what its first HealthcareService
 * that says so says (Plan-Net eligibility, read by the importer); else adults for internal medicine
 * and geriatrics; else both (family medicine and most other care).
 */
function insertPractitionerRows(db: Executor): Promise<number> {
  const pediatric = textArray(careKindCodes.pediatrics);
  const adult = textArray(adultOnlyCodes);
  return db.$executeRaw`
    INSERT INTO "ListingSearchRow" (${columns})
    SELECT r.id, coalesce(office.id, ''),
      row_number() OVER (PARTITION BY r.id ORDER BY office.position NULLS FIRST) = 1,
      r."isPrimaryCare", r."newPatients", r."specialtyCodes", p.languages,
      r."interpreterLanguages", p.gender, r.telehealth, coalesce(office."accessibilityCodes", '{}'),
      office.latitude, office.longitude, lower(coalesce(p."familyName", p.name)), p."searchName",
      'practitioner', '{}',
      CASE
        WHEN r."specialtyCodes" && ${pediatric} THEN 'children'
        WHEN service.ages IS NOT NULL THEN service.ages
        WHEN r."specialtyCodes" && ${adult} OR EXISTS (SELECT 1 FROM unnest(r."specialtyCodes") code WHERE starts_with(code, ${ADULT_CODE_PREFIX})) THEN 'adults'
        ELSE 'both'
      END,
      coalesce(o."searchName", '')
    FROM "PractitionerRole" r
    JOIN "Practitioner" p ON p.id = r."practitionerId" AND p.active
    LEFT JOIN "Organization" o ON o.id = r."organizationId"
    LEFT JOIN LATERAL (
      SELECT h.ages FROM unnest(r."healthcareServiceIds") WITH ORDINALITY AS listed(id, position)
      JOIN "HealthcareService" h ON h.id = listed.id AND h.ages IS NOT NULL
      ORDER BY listed.position LIMIT 1
    ) service ON true
    LEFT JOIN LATERAL (
      SELECT l.id, rl.position, l."accessibilityCodes", l.latitude, l.longitude
      FROM "PractitionerRoleLocation" rl JOIN "Location" l ON l.id = rl."locationId" AND l.active
      WHERE rl."roleId" = r.id
    ) office ON true
    WHERE r.active`;
}

/**
 * A place is listed once per open Location of its service, under the id `place_<service id>`.
 * Its name is the service's (else its organization's); it sorts by that name where people sort by
 * family name. A place without an open location cannot be visited, so it is not listed.
 */
function insertPlaceRows(db: Executor): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "ListingSearchRow" (${columns})
    SELECT ${PLACE_LISTING_PREFIX} || h.id, l.id,
      row_number() OVER (PARTITION BY h.id ORDER BY listed.position) = 1,
      false, NULL, h."specialtyCodes", h.languages, '{}', NULL, h.telehealth, l."accessibilityCodes",
      l.latitude, l.longitude, lower(coalesce(h.name, o.name, h.id)),
      coalesce(nullif(h."searchName", ''), o."searchName", ''),
      'place', h."categoryCodes", coalesce(h.ages, 'both'), coalesce(o."searchName", '')
    FROM "HealthcareService" h
    LEFT JOIN "Organization" o ON o.id = h."providedById"
    -- A location listed twice is one office (min keeps its first place in the list).
    JOIN LATERAL (
      SELECT listed.id, min(listed.position) AS position FROM unnest(h."locationIds") WITH ORDINALITY AS listed(id, position) GROUP BY listed.id
    ) listed ON true
    JOIN "Location" l ON l.id = listed.id AND l.active
    WHERE h.active AND h."categoryCodes" && ${textArray(Object.values(placeCareCategories))}`;
}
