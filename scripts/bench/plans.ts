/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL each search really sends: searchDirectory runs against a view
 * of the client that records its raw statements, so the plans follow lib/directory/search as it
 * changes. Each statement is explained in a transaction after the settings statements the search
 * sent before it (the name search's similarity threshold). Prisma's own queries (loading the page's
 * listings by id) are not explained. Each plan is read for the indexes it used and the tables it read whole.
 */
import type { Database } from '@/lib/db/client';
import { searchDirectory } from '@/lib/directory/search/search';
import { Prisma } from '@/lib/generated/prisma/client';
import { benchSearches, queryOf } from './searches';

export type ExplainedStatement = { text: string; indexes: string[]; seqScans: string[]; executionMs: number | null };
export type PlanReading = { label: string; statements: ExplainedStatement[] };

type PlanRow = { 'QUERY PLAN': string };

/** The client, except that every `$queryRaw` statement is also pushed onto `statements`. */
function recording(db: Database, statements: Prisma.Sql[]): Database {
  const queryRaw = (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
    statements.push(query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values));
    return db.$queryRaw(query, ...values);
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === '$queryRaw') return queryRaw;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const isSetting = (statement: Prisma.Sql) => /^\s*SELECT set_config\(/i.test(statement.sql);

export async function explainSearches(db: Database): Promise<PlanReading[]> {
  const readings: PlanReading[] = [];
  for (const search of benchSearches) {
    const sent: Prisma.Sql[] = [];
    await searchDirectory(recording(db, sent), queryOf(search));
    const statements: ExplainedStatement[] = [];
    for (const [index, statement] of sent.entries()) {
      if (isSetting(statement)) continue;
      const settings = sent.slice(0, index).filter(isSetting);
      const explain = Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`;
      const rows =
        settings.length > 0
          ? ((await db.$transaction([...settings.map((setting) => db.$queryRaw(setting)), db.$queryRaw<PlanRow[]>(explain)])).at(-1) as PlanRow[])
          : await db.$queryRaw<PlanRow[]>(explain);
      const text = rows.map((row) => row['QUERY PLAN']).join('\n');
      statements.push({ text, ...readPlan(text) });
    }
    readings.push({ label: search.label, statements });
  }
  return readings;
}

export function readPlan(text: string): Omit<ExplainedStatement, 'text'> {
  const indexes = [...text.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) "?(\w+)"?/g)].map((match) => match[1] ?? '');
  const seqScans = [...text.matchAll(/Seq Scan on "?(\w+)"?/g)].map((match) => match[1] ?? '');
  const execution = /Execution Time: ([\d.]+) ms/.exec(text)?.[1];
  return { indexes: [...new Set(indexes)], seqScans: [...new Set(seqScans)], executionMs: execution === undefined ? null : Number(execution) };
}
