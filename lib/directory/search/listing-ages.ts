/** Who listings see, as search-rows.ts derived it (one value per listing, kept on its first row). */
import type { Database } from '@/lib/db';
import type { PatientAges } from './listing-types';

const isAges = (value: string): value is PatientAges => value === 'adults' || value === 'children' || value === 'both';

export async function agesOf(db: Database, listingIds: readonly string[]): Promise<Map<string, PatientAges>> {
  if (listingIds.length === 0) return new Map();
  const rows = await db.listingSearchRow.findMany({ where: { roleId: { in: [...listingIds] }, firstOffice: true }, select: { roleId: true, ages: true } });
  return new Map(rows.flatMap((row) => (isAges(row.ages) ? [[row.roleId, row.ages] as const] : [])));
}
