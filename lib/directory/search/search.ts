/**
 * Runs a member's provider search: resolves the place, asks the database for one page of listing
 * ids and a (capped) count, then loads those listings whole. Only lib/ touches the database.
 */
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  COUNT_CAP,
  COUNTED_OFFICE_ROWS,
  countSql,
  listingPageSql,
  nameThresholdSql,
  nearbyPairsSql,
  nearestWithCountSql,
  nearbyPlanSql,
  planSearch,
  type SearchPlan,
} from './conditions';
import type { ListingSummary, PatientAges } from './listing-types';
import { MAX_PAGE, MAX_PLACE_LENGTH, RESULTS_PER_PAGE } from './options';
import type { SearchQuery } from './params';
import { findPlace, type Place, type PlaceLookup } from './place';
import { parseListingId } from './listing-ids';
import { loadPlaces, reshapePlaceSummary } from './place-listings';
import { keepCount, knownCount, type CountRow } from './count-cache';
import { loadSummaryRows } from './listing-rows';
import { reshapeSummary } from './reshape';

export type SearchOutcome = {
  results: ListingSummary[];
  /** Listings that match, up to COUNT_CAP + 1. */
  total: number;
  /** True when more than COUNT_CAP match ("more than 300 providers"). */
  totalIsCapped: boolean;
  place: PlaceLookup;
};

type Hit = { role_id: string; location_id: string | null; meters: number | null; ages: string };
type NearbyRow = Hit & { meters: number; family: string };

/** The most listing-office pairs a near-me search reads to fill its deepest page. */
const MAX_PAIRS = MAX_PAGE * RESULTS_PER_PAGE * 4;

const isAges = (value: string): value is PatientAges => value === 'adults' || value === 'children' || value === 'both';

/**
 * Round trips, one after another, are what a search costs (docs/decisions/0007): the page of hits
 * and the count go together (one transaction when they need settings), then the listings' rows,
 * places and ages all at once. Who a listing sees comes with its hit (every row of a listing holds it).
 */
export async function searchDirectory(db: Database, query: SearchQuery, now: Date = new Date()): Promise<SearchOutcome> {
  const place = findPlace(query.place.length > MAX_PLACE_LENGTH ? '' : query.place);
  const plan = planSearch(query, place.kind === 'found' ? place.place : null);
  const { hits, counted } = plan.place && query.sort === 'distance' ? await nearestListings(db, { ...plan, place: plan.place }) : await listingPage(db, plan);
  const total = Number(counted?.total ?? 0);
  const countStopped = counted?.office_rows !== undefined && Number(counted.office_rows) >= COUNTED_OFFICE_ROWS;

  const keys = hits.flatMap((hit) => parseListingId(hit.role_id) ?? []);
  const roleIds = keys.flatMap((key) => (key.kind === 'practitioner' ? [key.roleId] : []));
  const [rows, places] = await Promise.all([
    loadSummaryRows(db, roleIds),
    loadPlaces(
      db,
      keys.flatMap((key) => (key.kind === 'place' ? [key.serviceId] : [])),
    ),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const results = hits.flatMap((hit) => {
    const key = parseListingId(hit.role_id);
    const options = {
      officeId: hit.location_id,
      meters: hit.meters === null ? null : Number(hit.meters),
      access: query.access,
      now,
      ages: isAges(hit.ages) ? hit.ages : 'both',
    };
    if (key?.kind === 'place') {
      const place = places.get(key.serviceId);
      return place ? [reshapePlaceSummary(place, options)] : [];
    }
    const row = byId.get(hit.role_id);
    return row ? [reshapeSummary(row, options)] : [];
  });
  const totalIsCapped = total > COUNT_CAP || countStopped;
  return { results, total: totalIsCapped ? COUNT_CAP + 1 : total, totalIsCapped, place };
}

type HitsAndCount = { hits: Hit[]; counted: CountRow | undefined };

async function listingPage(db: Database, plan: SearchPlan): Promise<HitsAndCount> {
  const known = knownCount(db, plan);
  if (known) return { hits: (await run(db, plan, [listingPageSql(plan)]))[0] as Hit[], counted: known };
  const [hits, counted] = await run(db, plan, [listingPageSql(plan), countSql(plan)]);
  const count = (counted as CountRow[])[0] ?? { total: 0 };
  keepCount(db, plan, count);
  return { hits: hits as Hit[], counted: count };
}

/**
 * The page's listings nearest first. Rows come nearest first from the index, but listings at the same
 * office tie, and the index breaks ties its own way; so only rows strictly nearer than the last one
 * read are trusted, sorted with a stable tie-break (family name, then id), and each listing keeps its
 * nearest office. When that leaves the page short, read further.
 */
async function nearestListings(db: Database, plan: SearchPlan & { place: Place }): Promise<HitsAndCount> {
  const wanted = plan.query.page * RESULTS_PER_PAGE;
  let counted = knownCount(db, plan);
  for (let limit = wanted + RESULTS_PER_PAGE; ; limit *= 4) {
    const pairs = counted ? ((await run(db, plan, [nearbyPairsSql(plan, Math.min(limit, MAX_PAIRS))]))[0] as NearbyRow[]) : [];
    if (!counted) {
      // The first read brings the count: in one statement while it fits in the rows counted, else beside it.
      const together = limit <= COUNTED_OFFICE_ROWS;
      const [read, count] = await run(db, plan, together ? [nearestWithCountSql(plan, limit)] : [nearbyPairsSql(plan, limit), countSql(plan)]);
      const rows = (read ?? []) as (Partial<NearbyRow> & CountRow)[];
      counted = together ? (rows[0] ?? { total: 0 }) : ((count as CountRow[] | undefined)?.[0] ?? { total: 0 });
      keepCount(db, plan, { total: counted.total, office_rows: counted.office_rows });
      pairs.push(...rows.flatMap((row) => (row.role_id ? [row as NearbyRow] : [])));
    }
    const complete = pairs.length < Math.min(limit, MAX_PAIRS) || limit >= MAX_PAIRS;
    const farthest = pairs.at(-1)?.meters ?? 0;
    const trusted = (complete ? pairs : pairs.filter((pair) => pair.meters < farthest)).toSorted(
      (a, b) => a.meters - b.meters || a.family.localeCompare(b.family) || a.role_id.localeCompare(b.role_id),
    );
    const nearest = new Map<string, Hit>();
    for (const pair of trusted) if (!nearest.has(pair.role_id)) nearest.set(pair.role_id, pair);
    if (nearest.size >= wanted || complete) return { hits: [...nearest.values()].slice(wanted - RESULTS_PER_PAGE, wanted), counted };
  }
}

/**
 * Runs search statements with the settings they need: the name search's similarity threshold, and
 * for a search near a place the plan choice of nearbyPlanSql, set for one transaction only, which
 * then holds every statement (one BEGIN and COMMIT, not one per statement). Without settings the
 * statements go at once (on PostgreSQL, over two connections).
 */
async function run(db: Database, plan: SearchPlan, statements: Prisma.Sql[]): Promise<unknown[][]> {
  const settings = [...(plan.name === '' ? [] : [nameThresholdSql]), ...(plan.place ? [nearbyPlanSql] : [])];
  if (settings.length === 0) return Promise.all(statements.map((sql) => db.$queryRaw<unknown[]>(sql)));
  const results = await db.$transaction([...settings.map((setting) => db.$queryRaw(setting)), ...statements.map((sql) => db.$queryRaw<unknown[]>(sql))]);
  return results.slice(settings.length) as unknown[][];
}
