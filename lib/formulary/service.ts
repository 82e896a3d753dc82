/**
 * "Is my medicine covered?": the drug list search the member page calls. The database narrows the
 * list to entries whose names contain the words or look like them (a trigram index), matching.ts
 * decides how each matched, and products are grouped by generic, best match first. Only lib/ reads
 * the database.
 */
import { getDb, type Database } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { foldName } from './mapping';
import { EXACT_UP_TO, matchNames } from './matching';
import type { DrugEntry, DrugResult, DrugSearch } from './types';

/** Below this trigram word similarity a name is not a candidate (metformn ↔ metformin is about 0.7). */
const WORD_SIMILARITY = 0.45;
const CANDIDATES = 200;
export const DEFAULT_RESULTS = 20;

export async function searchDrugList(query: string, options: { limit?: number; db?: Database } = {}): Promise<DrugSearch> {
  const db = options.db ?? getDb();
  const trimmed = query.trim().replace(/\s+/g, ' ');
  const list = await db.formularyList.findUnique({ where: { id: 1 }, select: { importedAt: true, isSample: true } });
  const base = { query: trimmed, listUpdatedAt: list?.importedAt ?? null, isSample: list?.isSample ?? false };
  const folded = foldName(trimmed);
  if (folded === '') return { ...base, results: [] };

  // A word of four letters or fewer is matched as typed (matching.ts allows it no wrong letter), so the
  // look-alike search would only add rows to throw away: for "ibu" it was most of the list (119 ms of 120).
  const forgiving = folded.length > EXACT_UP_TO;
  const like = `%${folded.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
    db.$queryRaw<DrugEntry[]>(Prisma.sql`
      SELECT "rxnormCode", "genericName", "brandNames", "otherNames", "productName", "doseForm", "covered", "payer",
             "genericAvailable", "priorAuthorization", "stepTherapy", "quantityLimit", "specialtyPharmacy"
      FROM "FormularyEntry"
      WHERE "searchNames" LIKE ${like}${forgiving ? Prisma.sql` OR ${folded} <% "searchNames"` : Prisma.empty}
      ORDER BY word_similarity(${folded}, "searchNames") DESC, "genericName", "id"
      LIMIT ${CANDIDATES}`),
  ]);

  const groups = new Map<string, DrugResult & { rank: number }>();
  for (const row of rows) {
    const match = matchNames(trimmed, { generic: row.genericName, brands: row.brandNames, others: row.otherNames });
    if (!match) continue;
    const entry = row;
    const group = groups.get(row.genericName);
    if (!group)
      groups.set(row.genericName, { genericName: row.genericName, matchedName: match.name, matchKind: match.kind, products: [entry], rank: match.rank });
    else {
      group.products.push(entry);
      if (match.rank < group.rank) Object.assign(group, { matchedName: match.name, matchKind: match.kind, rank: match.rank });
    }
  }
  const results = [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.genericName.localeCompare(b.genericName))
    .slice(0, options.limit ?? DEFAULT_RESULTS)
    .map((group): DrugResult => ({
      genericName: group.genericName,
      matchedName: group.matchedName,
      matchKind: group.matchKind,
      products: group.products.toSorted((a, b) => a.productName.localeCompare(b.productName)),
    }));
  return { ...base, results };
}
