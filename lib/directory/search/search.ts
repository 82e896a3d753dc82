/**
 * Runs a member's provider search: resolves the place, asks the database for one page of listing
 * ids (searchSql), then loads those listings whole. Only lib/ touches the database.
 */
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { countSql, nameThresholdSql, planSearch, searchSql, type SearchPlan } from './conditions';
import type { ListingSummary } from './listing-types';
import type { SearchQuery } from './params';
import { MAX_PLACE_LENGTH } from './options';
import { findPlace, type PlaceLookup } from './place';
import { listingInclude, reshapeSummary } from './reshape';

export type SearchOutcome = {
  results: ListingSummary[];
  total: number;
  place: PlaceLookup;
};

type HitRow = { role_id: string; location_id: string | null; meters: number | null; total: bigint | number };
type CountRow = { total: bigint | number };

export async function searchDirectory(db: Database, query: SearchQuery, now: Date = new Date()): Promise<SearchOutcome> {
  const place = findPlace(query.place.length > MAX_PLACE_LENGTH ? '' : query.place);
  const plan = planSearch(query, place.kind === 'found' ? place.place : null);
  const hits = await runWithNameThreshold<HitRow>(db, plan.name !== '', searchSql(plan));
  let total = Number(hits[0]?.total ?? 0);
  if (hits.length === 0 && query.page > 1) total = await countMatches(db, plan);

  const rows = await db.practitionerRole.findMany({ where: { id: { in: hits.map((hit) => hit.role_id) } }, include: listingInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const results = hits.flatMap((hit) => {
    const row = byId.get(hit.role_id);
    return row ? [reshapeSummary(row, { officeId: hit.location_id, meters: hit.meters === null ? null : Number(hit.meters), now })] : [];
  });
  return { results, total, place };
}

/** The name search's similarity threshold is a setting, so it is set for this transaction only. */
async function runWithNameThreshold<Row>(db: Database, byName: boolean, sql: Prisma.Sql): Promise<Row[]> {
  if (!byName) return db.$queryRaw<Row[]>(sql);
  const [, rows] = await db.$transaction([db.$queryRaw(nameThresholdSql), db.$queryRaw<Row[]>(sql)]);
  return rows;
}

async function countMatches(db: Database, plan: SearchPlan): Promise<number> {
  const rows = await runWithNameThreshold<CountRow>(db, plan.name !== '', countSql(plan));
  return Number(rows[0]?.total ?? 0);
}
