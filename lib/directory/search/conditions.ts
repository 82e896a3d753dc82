/**
 * The SQL for a provider search, built from a parsed query. Every value is a bound parameter; the
 * only text spliced into the SQL is our own. Kept apart from running it so tests can read the SQL.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { acceptingOnly, type SearchQuery } from './params';
import { careKindCodes, MAX_NAME_LENGTH, RESULTS_PER_PAGE } from './options';
import type { Place } from './place';
import { normalizeForSearch } from '@/lib/directory/import/normalize';

const METERS_PER_MILE = 1609.344;
/** pg_trgm word similarity a name must reach: "garsia" finds "García" (0.44), "jose" finds "José" (1.0). */
export const NAME_SIMILARITY_THRESHOLD = 0.4;

const textArray = (items: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(items.map((item) => Prisma.sql`${item}`))}]::text[]`;

/** What the search filters on, after parsing: the name is normalized, the place resolved. */
export type SearchPlan = { query: SearchQuery; place: Place | null; name: string };

export function planSearch(query: SearchQuery, place: Place | null): SearchPlan {
  const name = query.name.length > MAX_NAME_LENGTH ? '' : normalizeForSearch(query.name);
  return { query, place, name };
}

/** Conditions on the listing and its practitioner (aliases r and p). */
export function listingConditions({ query, name }: SearchPlan): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`r.active`, Prisma.sql`p.active`];
  if (query.care === 'primary-care') conditions.push(Prisma.sql`r."isPrimaryCare"`);
  else if (query.care === 'specialist' && query.specialty) conditions.push(Prisma.sql`r."specialtyCodes" @> ${textArray([query.specialty])}`);
  else if (query.care) conditions.push(Prisma.sql`r."specialtyCodes" && ${textArray(careKindCodes[query.care])}`);

  if (acceptingOnly(query)) conditions.push(Prisma.sql`r."newPatients" = 'newpt'`);
  if (query.language && query.interpreter) {
    conditions.push(Prisma.sql`(p.languages @> ${textArray([query.language])} OR r."interpreterLanguages" @> ${textArray([query.language])})`);
  } else if (query.language) {
    conditions.push(Prisma.sql`p.languages @> ${textArray([query.language])}`);
  } else if (query.interpreter) {
    conditions.push(Prisma.sql`cardinality(r."interpreterLanguages") > 0`);
  }
  if (query.asl) conditions.push(Prisma.sql`(p.languages @> ARRAY['ase']::text[] OR r."interpreterLanguages" @> ARRAY['ase']::text[])`);
  if (query.gender) conditions.push(Prisma.sql`p.gender = ${query.gender}`);
  if (query.telehealth) conditions.push(Prisma.sql`r.telehealth`);
  if (name) conditions.push(Prisma.sql`${name} <% p."searchName"`);
  return conditions;
}

const earthOf = (place: Place) => Prisma.sql`ll_to_earth(${place.latitude}, ${place.longitude})`;
const officePoint = Prisma.sql`ll_to_earth(l.latitude, l.longitude)`;

/** Conditions on one office (alias l): open, the features asked for, within the distance. */
export function officeConditions({ query, place }: SearchPlan): Prisma.Sql[] {
  // A closed office (inactive) is never matched, measured or shown.
  const conditions: Prisma.Sql[] = [Prisma.sql`l.active`];
  if (query.access.length > 0) conditions.push(Prisma.sql`l."accessibilityCodes" @> ${textArray(query.access)}`);
  if (place) {
    const meters = query.miles * METERS_PER_MILE;
    conditions.push(
      // The box is what the GiST index answers; the exact distance then trims its corners.
      Prisma.sql`earth_box(${earthOf(place)}, ${meters}) @> ${officePoint}`,
      Prisma.sql`earth_distance(${earthOf(place)}, ${officePoint}) <= ${meters}`,
    );
  }
  return conditions;
}

const needsOffice = ({ query, place }: SearchPlan) => place !== null || query.access.length > 0;

/** Listings (r, p) that match, with an office that matches when the search is about offices. */
function matchingListings(plan: SearchPlan): Prisma.Sql {
  const conditions = listingConditions(plan);
  if (needsOffice(plan)) {
    conditions.push(Prisma.sql`EXISTS (
        SELECT 1 FROM "PractitionerRoleLocation" rl JOIN "Location" l ON l.id = rl."locationId"
        WHERE rl."roleId" = r.id AND ${Prisma.join(officeConditions(plan), ' AND ')})`);
  }
  return Prisma.sql`FROM "PractitionerRole" r
      JOIN "Practitioner" p ON p.id = r."practitionerId"
      WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/** Past this many matches members are told "more than 1,000": counting every one costs time and helps no one. */
export const COUNT_CAP = 1000;

/** How many listings match, counting no further than COUNT_CAP + 1. */
export function countSql(plan: SearchPlan): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS total FROM (SELECT 1 ${matchingListings(plan)} LIMIT ${COUNT_CAP + 1}) capped`;
}

const familyOrder = Prisma.sql`lower(coalesce(p."familyName", p.name)), p."searchName", r.id`;

/**
 * A page of listings when the search is not about distance: by name match, else by family name.
 * The page is cut in the database (LIMIT/OFFSET), so a broad search reads only what it shows.
 */
export function listingPageSql(plan: SearchPlan): Prisma.Sql {
  const order = plan.name ? Prisma.sql`word_similarity(${plan.name}, p."searchName") DESC, ${familyOrder}` : familyOrder;
  return Prisma.sql`
    SELECT r.id AS role_id, NULL::text AS location_id, NULL::float8 AS meters
    ${matchingListings(plan)}
    ORDER BY ${order}
    LIMIT ${RESULTS_PER_PAGE} OFFSET ${(plan.query.page - 1) * RESULTS_PER_PAGE}`;
}

/**
 * Listing-office pairs nearest first, for a search near a place. Ordering by `<->` on the office's
 * point lets the GiST index hand offices over nearest first (a k-nearest-neighbour scan), so the
 * database stops after `limit` pairs instead of measuring and sorting every office in the area. A
 * listing with several offices can appear more than once; the caller keeps its nearest.
 */
export function nearbyPairsSql(plan: SearchPlan & { place: Place }, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT rl."roleId" AS role_id, l.id AS location_id, earth_distance(${earthOf(plan.place)}, ${officePoint}) AS meters
    FROM "Location" l
    JOIN "PractitionerRoleLocation" rl ON rl."locationId" = l.id
    JOIN "PractitionerRole" r ON r.id = rl."roleId"
    JOIN "Practitioner" p ON p.id = r."practitionerId"
    WHERE ${Prisma.join([...officeConditions(plan), ...listingConditions(plan)], ' AND ')}
    ORDER BY ${officePoint} <-> ${earthOf(plan.place)}, ${familyOrder}
    LIMIT ${limit}`;
}

export const nameThresholdSql = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true)`;
