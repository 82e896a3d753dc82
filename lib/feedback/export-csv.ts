/**
 * Survey answers as CSV for staff (lib/csv.ts: RFC 4180, formulas defused; UTF-8 with a byte-order
 * mark so Excel reads accents). Read in keyset batches, so an export of any size streams without
 * holding every row in memory.
 */
import { csvLine } from '@/lib/csv';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { feedbackWhere } from './dashboard';
import { OREGON_TIME_ZONE } from '@/lib/oregon-time';
import type { DashboardFilters } from './dashboard-filters';

export const csvColumns = ['reference', 'received (Oregon time)', 'language', 'page', 'looking for', 'found it', 'ease (1-5)', 'comments', 'contact'] as const;

type ExportRow = {
  id: string;
  createdAt: Date;
  received: string;
  reference: string;
  locale: string;
  pagePath: string | null;
  lookingFor: string;
  found: string;
  ease: number;
  comments: string | null;
  contact: string | null;
};

export const exportBatchSize = 1000;

/** The CSV text in pieces: the header, then one piece per batch of rows, oldest first. */
export async function* feedbackCsv(db: Database, filters: DashboardFilters, batchSize = exportBatchSize): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...csvColumns])}`;
  const where = feedbackWhere(filters);
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND ("createdAt", id) > (${after.createdAt}::timestamptz, ${after.id})` : Prisma.empty;
    const rows: ExportRow[] = await db.$queryRaw<ExportRow[]>`
      SELECT id, "createdAt", to_char("createdAt" AT TIME ZONE ${OREGON_TIME_ZONE}, 'YYYY-MM-DD HH24:MI') AS received,
        reference, locale, "pagePath", "lookingFor", found::text AS found, ease, comments, contact
      FROM "FeedbackResponse" ${where} ${cursor}
      ORDER BY "createdAt", id LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    yield rows
      .map((row) => csvLine([row.reference, row.received, row.locale, row.pagePath, row.lookingFor, row.found, row.ease, row.comments, row.contact]))
      .join('');
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
