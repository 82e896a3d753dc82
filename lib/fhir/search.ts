/**
 * Runs a search: one count (unless `_total=none`), one page in id order (keyset: `id > after`, so every page is an index range
 * and a full walk costs the same per page however deep it goes), then the page's _include and
 * _revinclude resources. All filtering happens in SQL.
 */
import type { Database } from '@/lib/db';
import type { FhirResourceType } from './parameters';
import type { Inclusion, SearchQuery } from './query';
import { queryRows, rowColumns, rowsById, type ResourceRow } from './rows';
import { and, referencedIds, refersToAny, sql, table, textArray, type Sql } from './sql';

/** The most resources one _revinclude adds to a page (a network can have thousands of roles). */
export const MAX_REVINCLUDED = 500;

export type SearchResult = {
  /** null when the client asked for none (`_total=none`). */
  total: number | null;
  matches: ResourceRow[];
  included: { type: FhirResourceType; row: ResourceRow }[];
  /** The last id of this page when another page follows. */
  nextAfter: string | null;
  warnings: string[];
};

export async function runSearch(db: Database, query: SearchQuery): Promise<SearchResult> {
  const where = and(query.conditions);
  const total = query.withoutTotal && !query.onlyTotal ? null : await countMatches(db, query, where);
  if (query.onlyTotal || query.count === 0) return { total, matches: [], included: [], nextAfter: null, warnings: [...query.warnings] };

  const after = query.after === null ? sql`TRUE` : sql`r.id > ${query.after}`;
  const page = await queryRows(
    db,
    sql`SELECT ${rowColumns('r')} FROM ${table(query.type)} r WHERE ${where} AND ${after} ORDER BY r.id LIMIT ${query.count + 1}`,
  );
  const matches = page.slice(0, query.count);
  const nextAfter = page.length > query.count ? (matches.at(-1)?.id ?? null) : null;

  const warnings = [...query.warnings];
  const seen = new Set(matches.map((row) => `${query.type}/${row.id}`));
  const included: SearchResult['included'] = [];
  const add = (type: FhirResourceType, rows: ResourceRow[]) => {
    for (const row of rows) {
      const key = `${type}/${row.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      included.push({ type, row });
    }
  };
  const pageIds = matches.map((row) => row.id);
  if (pageIds.length > 0) {
    for (const inclusion of query.includes) add(inclusion.parameter.target, await includedRows(db, inclusion, pageIds));
    for (const inclusion of query.revIncludes) {
      const rows = await revIncludedRows(db, inclusion, pageIds);
      if (rows.length > MAX_REVINCLUDED)
        warnings.push(`_revinclude=${inclusion.source}:${inclusion.name}: only the first ${MAX_REVINCLUDED} (by id) are included.`);
      add(inclusion.source, rows.slice(0, MAX_REVINCLUDED));
    }
  }
  return { total, matches, included, nextAfter, warnings };
}

async function countMatches(db: Database, query: SearchQuery, where: Sql): Promise<number> {
  const [counted] = await db.$queryRaw<{ total: bigint | number }[]>(sql`SELECT count(*) AS total FROM ${table(query.type)} r WHERE ${where}`);
  return Number(counted?.total ?? 0);
}

/** The resources the page's matches refer to through the parameter. */
async function includedRows(db: Database, { source, parameter }: Inclusion, pageIds: string[]): Promise<ResourceRow[]> {
  const ids = await db.$queryRaw<{ id: string }[]>(
    sql`SELECT DISTINCT ref.id FROM ${table(source)} r, LATERAL ${referencedIds('r', parameter.source, parameter.target)} AS ref WHERE r.id = ANY(${textArray(pageIds)})`,
  );
  return rowsById(
    db,
    parameter.target,
    ids.map((row) => row.id),
  );
}

/** The `source` resources that refer to one of the page's matches through the parameter. */
async function revIncludedRows(db: Database, { source, parameter }: Inclusion, pageIds: string[]): Promise<ResourceRow[]> {
  return queryRows(
    db,
    sql`SELECT ${rowColumns('r')} FROM ${table(source)} r WHERE ${refersToAny('r', parameter.source, parameter.target, pageIds)} ORDER BY r.id LIMIT ${MAX_REVINCLUDED + 1}`,
  );
}
