/**
 * EXPLAIN (ANALYZE, BUFFERS) of each search's main query (searchSql, as searchDirectory builds it),
 * and a one-line reading of each plan: which indexes it used and which tables it read whole.
 */
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { nameThresholdSql, planSearch, searchSql } from '@/lib/directory/search/conditions';
import { MAX_PLACE_LENGTH } from '@/lib/directory/search/options';
import { findPlace } from '@/lib/directory/search/place';
import { benchSearches, queryOf } from './searches';

export type PlanReading = { label: string; text: string; indexes: string[]; seqScans: string[]; executionMs: number | null };

type PlanRow = { 'QUERY PLAN': string };

export async function explainSearches(db: Database): Promise<PlanReading[]> {
  const readings: PlanReading[] = [];
  for (const search of benchSearches) {
    const query = queryOf(search);
    const place = findPlace(query.place.length > MAX_PLACE_LENGTH ? '' : query.place);
    const plan = planSearch(query, place.kind === 'found' ? place.place : null);
    const explain = Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${searchSql(plan)}`;
    // The name search's similarity threshold is set per transaction, as searchDirectory sets it.
    const rows = plan.name
      ? (await db.$transaction([db.$queryRaw(nameThresholdSql), db.$queryRaw<PlanRow[]>(explain)]))[1]
      : await db.$queryRaw<PlanRow[]>(explain);
    const text = rows.map((row) => row['QUERY PLAN']).join('\n');
    readings.push({ label: search.label, text, ...readPlan(text) });
  }
  return readings;
}

export function readPlan(text: string): Pick<PlanReading, 'indexes' | 'seqScans' | 'executionMs'> {
  const indexes = [...text.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) "?([\w]+)"?/g)].map((match) => match[1] ?? '');
  const seqScans = [...text.matchAll(/Seq Scan on "?([\w]+)"?/g)].map((match) => match[1] ?? '');
  const execution = /Execution Time: ([\d.]+) ms/.exec(text)?.[1];
  return { indexes: [...new Set(indexes)], seqScans: [...new Set(seqScans)], executionMs: execution === undefined ? null : Number(execution) };
}
