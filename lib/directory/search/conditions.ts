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

export function searchConditions({ query, place, name }: SearchPlan): Prisma.Sql[] {
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
  if (query.access.length > 0) conditions.push(Prisma.sql`l."accessibilityCodes" @> ${textArray(query.access)}`);
  if (place) {
    const meters = query.miles * METERS_PER_MILE;
    conditions.push(
      Prisma.sql`earth_box(ll_to_earth(${place.latitude}, ${place.longitude}), ${meters}) @> ll_to_earth(l.latitude, l.longitude)`,
      Prisma.sql`earth_distance(ll_to_earth(${place.latitude}, ${place.longitude}), ll_to_earth(l.latitude, l.longitude)) <= ${meters}`,
    );
  }
  if (name) conditions.push(Prisma.sql`${name} <% p."searchName"`);
  return conditions;
}

/** The listings (joined to practitioner and offices) that match: `FROM ... WHERE ...`. */
export function matchesFrom(plan: SearchPlan): Prisma.Sql {
  // Offices are optional unless a filter is about them, so a telehealth-only listing still shows;
  // a closed office (inactive) is never matched, measured or shown.
  const join = plan.place !== null || plan.query.access.length > 0 ? Prisma.sql`JOIN` : Prisma.sql`LEFT JOIN`;
  return Prisma.sql`FROM "PractitionerRole" r
      JOIN "Practitioner" p ON p.id = r."practitionerId"
      ${join} "PractitionerRoleLocation" rl ON rl."roleId" = r.id
      ${join} "Location" l ON l.id = rl."locationId" AND l.active
      WHERE ${Prisma.join(searchConditions(plan), ' AND ')}`;
}

/** The number of listings that match, for a page past the end (where the page query returns no total). */
export function countSql(plan: SearchPlan): Prisma.Sql {
  return Prisma.sql`SELECT count(DISTINCT r.id) AS total ${matchesFrom(plan)}`;
}

/** One row per listing (its nearest matching office), the page asked for, and the total. */
export function searchSql(plan: SearchPlan): Prisma.Sql {
  const { place, name, query } = plan;
  const meters = place
    ? Prisma.sql`earth_distance(ll_to_earth(${place.latitude}, ${place.longitude}), ll_to_earth(l.latitude, l.longitude))`
    : Prisma.sql`NULL::float8`;
  const rank = name ? Prisma.sql`word_similarity(${name}, p."searchName")` : Prisma.sql`0::real`;
  const order = place
    ? Prisma.sql`hit.meters, hit.family, hit.sort_name, hit.role_id`
    : name
      ? Prisma.sql`hit.rank DESC, hit.family, hit.sort_name, hit.role_id`
      : Prisma.sql`hit.family, hit.sort_name, hit.role_id`;
  return Prisma.sql`
    SELECT hit.role_id, hit.location_id, hit.meters, count(*) OVER () AS total
    FROM (
      SELECT DISTINCT ON (r.id) r.id AS role_id, l.id AS location_id, ${meters} AS meters, ${rank} AS rank,
        lower(coalesce(p."familyName", p.name)) AS family, p."searchName" AS sort_name
      ${matchesFrom(plan)}
      ORDER BY r.id, meters ASC NULLS LAST, rl.position
    ) hit
    ORDER BY ${order}
    LIMIT ${RESULTS_PER_PAGE} OFFSET ${(query.page - 1) * RESULTS_PER_PAGE}`;
}

export const nameThresholdSql = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true)`;
