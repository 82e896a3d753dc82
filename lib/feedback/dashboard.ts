/**
 * What the staff dashboard shows about survey answers: totals, answers over time, the found-it rate by
 * page and by what members were looking for, and the latest comments. Dates are Oregon dates, whatever
 * the server's time zone. Each figure is one aggregate query, so the page stays quick at any volume.
 */
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { OREGON_TIME_ZONE } from '@/lib/oregon-time';
import { addDays, daysBetween, type DashboardFilters } from './dashboard-filters';

export type FoundCounts = { total: number; yes: number; partly: number; no: number };
export type PeriodCount = { start: string; total: number };
export type GroupCounts = FoundCounts & { key: string | null; averageEase: number | null };
export type LatestComment = {
  reference: string;
  createdAt: Date;
  locale: string;
  pagePath: string | null;
  lookingFor: string;
  found: 'yes' | 'partly' | 'no';
  ease: number;
  comments: string;
  contact: string | null;
};

export type FeedbackDashboard = {
  totals: FoundCounts & { averageEase: number | null };
  /** Days for ranges up to 62 days, otherwise weeks starting on Monday; empty periods included. */
  periodUnit: 'day' | 'week';
  overTime: PeriodCount[];
  byPage: GroupCounts[];
  byLookingFor: GroupCounts[];
  latestComments: LatestComment[];
};

/** The WHERE clause shared by every figure and the CSV export. */
export function feedbackWhere(filters: DashboardFilters): Prisma.Sql {
  const start = Prisma.sql`(${filters.from}::date::timestamp AT TIME ZONE ${OREGON_TIME_ZONE})`;
  const end = Prisma.sql`(${addDays(filters.to, 1)}::date::timestamp AT TIME ZONE ${OREGON_TIME_ZONE})`;
  const page = filters.page ? Prisma.sql`AND "pagePath" = ${filters.page}` : Prisma.empty;
  return Prisma.sql`WHERE "createdAt" >= ${start} AND "createdAt" < ${end} ${page}`;
}

const foundColumns = Prisma.sql`
  count(*)::int AS total,
  (count(*) FILTER (WHERE found = 'yes'))::int AS yes,
  (count(*) FILTER (WHERE found = 'partly'))::int AS partly,
  (count(*) FILTER (WHERE found = 'no'))::int AS no,
  round(avg(ease), 1)::float8 AS "averageEase"`;

/** Groups shown per table: the rest are in the CSV. */
export const groupLimit = 25;
export const latestCommentLimit = 20;

export async function loadFeedbackDashboard(db: Database, filters: DashboardFilters): Promise<FeedbackDashboard> {
  const where = feedbackWhere(filters);
  const periodUnit = daysBetween(filters.from, filters.to) < 62 ? 'day' : 'week';
  const firstPeriod = periodUnit === 'week' ? Prisma.sql`date_trunc('week', ${filters.from}::date)::date` : Prisma.sql`${filters.from}::date`;

  const [totals, overTime, byPage, byLookingFor, latestComments] = await Promise.all([
    db.$queryRaw<(FoundCounts & { averageEase: number | null })[]>`SELECT ${foundColumns} FROM "FeedbackResponse" ${where}`,
    db.$queryRaw<PeriodCount[]>`
      WITH answers AS (
        SELECT date_trunc(${periodUnit}, "createdAt" AT TIME ZONE ${OREGON_TIME_ZONE})::date AS period, count(*)::int AS total
        FROM "FeedbackResponse" ${where} GROUP BY 1
      )
      SELECT to_char(periods.period, 'YYYY-MM-DD') AS start, coalesce(answers.total, 0)::int AS total
      FROM generate_series(${firstPeriod}, ${filters.to}::date, ('1 ' || ${periodUnit})::interval) AS periods(period)
      LEFT JOIN answers ON answers.period = periods.period::date
      ORDER BY periods.period`,
    db.$queryRaw<GroupCounts[]>`
      SELECT "pagePath" AS key, ${foundColumns} FROM "FeedbackResponse" ${where}
      GROUP BY "pagePath" ORDER BY total DESC, key NULLS LAST LIMIT ${groupLimit}`,
    db.$queryRaw<GroupCounts[]>`
      SELECT "lookingFor" AS key, ${foundColumns} FROM "FeedbackResponse" ${where}
      GROUP BY "lookingFor" ORDER BY total DESC, key LIMIT ${groupLimit}`,
    db.$queryRaw<LatestComment[]>`
      SELECT reference, "createdAt", locale, "pagePath", "lookingFor", found::text AS found, ease, comments, contact
      FROM "FeedbackResponse" ${where} AND comments IS NOT NULL
      ORDER BY "createdAt" DESC, id DESC LIMIT ${latestCommentLimit}`,
  ]);
  const [total] = totals;
  return {
    totals: total ?? { total: 0, yes: 0, partly: 0, no: 0, averageEase: null },
    periodUnit,
    overTime,
    byPage,
    byLookingFor,
    latestComments,
  };
}

/** Pages members sent answers from, most answers first, for the page filter. */
export async function listFeedbackPages(db: Database, limit = 200): Promise<string[]> {
  const rows = await db.$queryRaw<{ pagePath: string }[]>`
    SELECT "pagePath" FROM "FeedbackResponse" WHERE "pagePath" IS NOT NULL
    GROUP BY "pagePath" ORDER BY count(*) DESC, "pagePath" LIMIT ${limit}`;
  return rows.map((row) => row.pagePath);
}

/** yes / total as a whole percentage, or null when there are no answers. */
export function foundRate(counts: FoundCounts): number | null {
  return counts.total === 0 ? null : Math.round((counts.yes / counts.total) * 100);
}
