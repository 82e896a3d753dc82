/**
 * Join requests as CSV for the contracting team, newest first, in keyset batches. The cell rules
 * (formula defusing, quoting, the byte-order mark) are the survey export's.
 */
import type { Database } from '@/lib/db/client';
import { csvLine } from '@/lib/csv';
import { formatOregonTime } from '@/lib/oregon-time';
import { listJoinRequests } from './store';

export const joinCsvColumns = [
  'reference',
  'received (Oregon time)',
  'status',
  'name',
  'specialty (NUCC)',
  'phone',
  'fax',
  'e-mail',
  'street',
  'city',
  'state',
  'ZIP',
  'NPI',
  'TIN',
  'Oregon Medicaid ID',
  'language',
] as const;

export async function* joinRequestsCsv(db: Database, batchSize = 500): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...joinCsvColumns])}`;
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await listJoinRequests(db, { limit: batchSize, after });
    if (rows.length === 0) return;
    yield rows
      .map((row) =>
        csvLine([
          row.reference,
          formatOregonTime(row.createdAt, 'sortable'),
          row.status,
          row.name,
          row.specialtyCode,
          row.phone,
          row.fax,
          row.email,
          row.street,
          row.city,
          row.state,
          row.zip,
          row.npi,
          row.tin,
          row.medicaidId,
          row.locale,
        ]),
      )
      .join('');
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
