/**
 * The SQL for a provider search, built from a parsed query. Every value is a bound parameter; the
 * only text spliced into the SQL is our own. Kept apart from running it so tests can read the SQL.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { acceptingOnly, type SearchQuery } from './params';
import { careKindCodes, isPlaceCareKind, MAX_NAME_LENGTH, placeCareCategories, RESULTS_PER_PAGE } from './options';
import type { Place } from './place';
import { normalizeForSearch } from '@/lib/directory/import/normalize';
import { textArray } from '@/lib/db/sql-values';

const METERS_PER_MILE = 1609.344;
/** pg_trgm word similarity a name must reach: "garsia" finds "García" (0.44), "jose" finds "José" (1.0). */
export const NAME_SIMILARITY_THRESHOLD = 0.4;

/** What the search filters on, after parsing: the name is normalized, the place resolved. */
export type SearchPlan = { query: SearchQuery; place: Place | null; name: string };

export function planSearch(query: SearchQuery, place: Place | null): SearchPlan {
  const name = query.name.length > MAX_NAME_LENGTH ? '' : normalizeForSearch(query.name);
  return { query, place, name };
}

/**
 * Conditions on the listing and its practitioner. Every search reads ListingSearchRow (alias s): one
 * row per listing and open office, holding every fact searched on, so no query joins tables.
 */
export function listingConditions({ query, name }: SearchPlan): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [...kindConditions(query, name)];
  if (query.care === 'primary-care') conditions.push(Prisma.sql`s."isPrimaryCare"`);
  else if (query.care === 'specialist' && query.specialty) conditions.push(Prisma.sql`s."specialtyCodes" @> ${textArray([query.specialty])}`);
  else if (query.care && !isPlaceCareKind(query.care)) conditions.push(Prisma.sql`s."specialtyCodes" && ${textArray(careKindCodes[query.care])}`);

  // New patients is about people; a pharmacy or an emergency room serves whoever comes.
  if (acceptingOnly(query)) conditions.push(Prisma.sql`(s.kind = 'place' OR s."newPatients" = 'newpt')`);
  if (query.language && query.interpreter) {
    conditions.push(Prisma.sql`(s.languages @> ${textArray([query.language])} OR s."interpreterLanguages" @> ${textArray([query.language])})`);
  } else if (query.language) {
    conditions.push(Prisma.sql`s.languages @> ${textArray([query.language])}`);
  } else if (query.interpreter) {
    conditions.push(Prisma.sql`cardinality(s."interpreterLanguages") > 0`);
  }
  if (query.asl) conditions.push(Prisma.sql`(s.languages @> ARRAY['ase']::text[] OR s."interpreterLanguages" @> ARRAY['ase']::text[])`);
  if (query.gender) conditions.push(Prisma.sql`s.gender = ${query.gender}`);
  if (query.telehealth) conditions.push(Prisma.sql`s.telehealth`);
  conditions.push(...ageConditions(query));
  // A clinic's name finds its providers: the listing's own name or its organization's.
  if (name) conditions.push(Prisma.sql`(${name} <% s."searchName" OR ${name} <% s."organizationSearchName")`);
  return conditions;
}

/**
 * People or places: a place care kind (`care=pharmacy`) lists places of that Plan-Net category; any
 * other kind of care lists people; a search by name alone finds both (a pharmacy by its name).
 */
function kindConditions(query: SearchQuery, name: string): Prisma.Sql[] {
  if (isPlaceCareKind(query.care)) return [Prisma.sql`s.kind = 'place'`, Prisma.sql`s."serviceCategories" @> ${textArray([placeCareCategories[query.care]])}`];
  if (query.care || !name) return [Prisma.sql`s.kind = 'practitioner'`];
  return [];
}

/** `ages=adults` keeps listings that see adults (adults only, or everyone); likewise for children. */
function ageConditions(query: SearchQuery): Prisma.Sql[] {
  return query.ages ? [Prisma.sql`s.ages IN (${query.ages}, 'both')`] : [];
}

const earthOf = (place: Place) => Prisma.sql`ll_to_earth(${place.latitude}, ${place.longitude})`;
const officePoint = Prisma.sql`ll_to_earth(s.latitude, s.longitude)`;

/** Conditions on the row's office: the features asked for, within the distance. (Closed offices have no rows.) */
export function officeConditions({ query, place }: SearchPlan): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.access.length > 0) conditions.push(Prisma.sql`s."accessibilityCodes" @> ${textArray(query.access)}`);
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

/** A search about offices reads every office row of a listing; any other reads one row per listing. */
const isAboutOffices = ({ query, place }: SearchPlan) => place !== null || query.access.length > 0;

function where(plan: SearchPlan): Prisma.Sql {
  const conditions = [...(isAboutOffices(plan) ? officeConditions(plan) : [Prisma.sql`s."firstOffice"`]), ...listingConditions(plan)];
  return Prisma.sql`WHERE ${Prisma.join(conditions.length > 0 ? conditions : [Prisma.sql`true`], ' AND ')}`;
}

/** Past this many matches members are told "more than 300": no one pages through more, and counting every
 * match near a town costs more than the whole rest of the search. */
export const COUNT_CAP = 300;
/**
 * A search about offices counts listings among at most this many matching office rows; reaching it
 * counts as "more than COUNT_CAP" (listings with several offices nearby make that an overstatement
 * only when they average two or more offices each inside the distance).
 */
export const COUNTED_OFFICE_ROWS = 2 * (COUNT_CAP + 1);

/** How many listings match, counting no further than COUNT_CAP + 1. */
export function countSql(plan: SearchPlan): Prisma.Sql {
  if (!isAboutOffices(plan)) {
    return Prisma.sql`SELECT count(*) AS total FROM (SELECT 1 FROM "ListingSearchRow" s ${where(plan)} LIMIT ${COUNT_CAP + 1}) capped`;
  }
  return Prisma.sql`SELECT count(DISTINCT role_id) AS total, count(*) AS office_rows FROM (SELECT s."roleId" AS role_id FROM "ListingSearchRow" s ${where(plan)} LIMIT ${COUNTED_OFFICE_ROWS}) capped`;
}

const familyOrder = Prisma.sql`s."familyKey", s."searchName", s."roleId"`;

/**
 * A page of listings when the search is not about distance: by name match, else by family name. The
 * page is cut in the database (LIMIT/OFFSET) from an index in family-name order, so a broad search
 * reads only the rows it shows.
 */
export function listingPageSql(plan: SearchPlan): Prisma.Sql {
  const page = Prisma.sql`LIMIT ${RESULTS_PER_PAGE} OFFSET ${(plan.query.page - 1) * RESULTS_PER_PAGE}`;
  // Near a place but sorted by name, each listing still shows how far its nearest matching office is.
  const meters = plan.place ? Prisma.sql`earth_distance(${earthOf(plan.place)}, ${officePoint})` : Prisma.sql`NULL::float8`;
  const columns = Prisma.sql`s."roleId" AS role_id, nullif(s."locationId", '') AS location_id, ${meters} AS meters, s.ages AS ages`;
  if (plan.name) {
    // Name matches are few; each listing once (its first matching office), best match first.
    return Prisma.sql`
      SELECT role_id, location_id, meters, ages FROM (
        SELECT DISTINCT ON (s."roleId") ${columns},
          greatest(word_similarity(${plan.name}, s."searchName"), word_similarity(${plan.name}, s."organizationSearchName")) AS rank, s."familyKey", s."searchName"
        FROM "ListingSearchRow" s ${where(plan)}
        ORDER BY s."roleId", s."locationId"
      ) hit
      ORDER BY rank DESC, "familyKey", "searchName", role_id
      ${page}`;
  }
  if (isAboutOffices(plan)) {
    // Several offices of one listing may match: keep one row per listing (its nearest office, when
    // there is a place), still in name order.
    return Prisma.sql`
      SELECT DISTINCT ON (${familyOrder}) ${columns}
      FROM "ListingSearchRow" s ${where(plan)}
      ORDER BY ${familyOrder}${plan.place ? Prisma.sql`, meters` : Prisma.empty}
      ${page}`;
  }
  return Prisma.sql`SELECT ${columns} FROM "ListingSearchRow" s ${where(plan)} ORDER BY ${familyOrder} ${page}`;
}

/**
 * Listing-office rows nearest first, for a search near a place. Ordering by `<->` on the office's
 * point lets the GiST index hand rows over nearest first (a k-nearest-neighbour scan), so the database
 * stops after `limit` rows instead of measuring and sorting every office in the area. A listing with
 * several offices can appear more than once; the caller keeps its nearest. Nothing follows the
 * distance in ORDER BY on purpose: a second sort key makes PostgreSQL sort every office in the area
 * instead of reading the index in order; the caller breaks ties (listings at the same office).
 */
export function nearbyPairsSql(plan: SearchPlan & { place: Place }, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT s."roleId" AS role_id, nullif(s."locationId", '') AS location_id, earth_distance(${earthOf(plan.place)}, ${officePoint}) AS meters,
      s."familyKey" AS family, s.ages AS ages
    FROM "ListingSearchRow" s ${where(plan)}
    ORDER BY ${officePoint} <-> ${earthOf(plan.place)}
    LIMIT ${limit}`;
}

/**
 * The nearest `limit` listing-office rows (as nearbyPairsSql) and the count (as countSql) in one
 * statement: the count reads the same rows, nearest first, so one index scan answers both and a search
 * near a place costs one statement instead of two (docs/decisions/0007). Every row carries the counts;
 * with no match there is one row, of counts only. For `limit` up to COUNTED_OFFICE_ROWS.
 */
export function nearestWithCountSql(plan: SearchPlan & { place: Place }, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH nearest AS MATERIALIZED (
      SELECT s."roleId" AS role_id, nullif(s."locationId", '') AS location_id, earth_distance(${earthOf(plan.place)}, ${officePoint}) AS meters,
        s."familyKey" AS family, s.ages AS ages
      FROM "ListingSearchRow" s ${where(plan)}
      ORDER BY ${officePoint} <-> ${earthOf(plan.place)}
      LIMIT ${COUNTED_OFFICE_ROWS}
    )
    SELECT page.role_id, page.location_id, page.meters, page.family, page.ages, counted.total, counted.office_rows
    FROM (SELECT count(DISTINCT role_id) AS total, count(*) AS office_rows FROM nearest) counted
    LEFT JOIN LATERAL (SELECT * FROM nearest ORDER BY meters LIMIT ${Math.min(limit, COUNTED_OFFICE_ROWS)}) page ON true`;
}

export const nameThresholdSql = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true)`;

/**
 * For searches near a place, sent first in the same transaction. PostgreSQL cannot estimate how many
 * offices fall inside an earth_box (it guesses 0.1%; around Medford it is most of them), so it picks a
 * bitmap scan that reads and sorts every office in the area. Without bitmap scans it reads the GiST
 * index in order and stops at the LIMIT: at 100,000 listings 1–2 ms instead of 250–600 ms.
 */
export const nearbyPlanSql = Prisma.sql`SELECT set_config('enable_bitmapscan', 'off', true)`;
