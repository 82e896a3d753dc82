/**
 * SQL building blocks over the directory tables. Values are always bound parameters; the only text
 * spliced into statements is our own (table and column names from lib/fhir/parameters.ts, aliases
 * we number ourselves).
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { textArray } from '@/lib/db/sql-values';
import type { FhirResourceType, ReferenceSource } from './parameters';

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const raw = Prisma.raw;

/** A quoted identifier from our own constants ("PractitionerRole", "specialtyCodes"). */
export const identifier = (name: string) => {
  if (!/^[A-Za-z_]+$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return raw(`"${name}"`);
};
/**
 * What the API reads for a type: its table, or for InsurancePlan the view that adds the drug list's
 * formularies to the directory's plans (migration 20261205073000). The directory's export reads the
 * tables themselves (directoryTable).
 */
export const table = (type: FhirResourceType | string) => identifier(type === 'InsurancePlan' ? 'FhirInsurancePlan' : type);
export const directoryTable = (type: string) => identifier(type);
export const column = (alias: string, name: string) => raw(`${alias}.${identifier(name).text}`);

export { textArray } from '@/lib/db/sql-values';

export const or = (parts: Sql[]) => (parts.length === 1 ? (parts[0] as Sql) : sql`(${Prisma.join(parts, ' OR ')})`);
export const and = (parts: Sql[]) => (parts.length === 0 ? sql`TRUE` : parts.length === 1 ? (parts[0] as Sql) : sql`(${Prisma.join(parts, ' AND ')})`);

/** Lowercase without the accents Latin-script names and places carry, in SQL and in JavaScript alike. */
const ACCENTED = 'áàâäãåāéèêëēíìîïīóòôöõøōúùûüūñçýÿ';
const PLAIN = 'aaaaaaaeeeeeiiiiiooooooouuuuuncyy';
export const foldSql = (expression: Sql) => sql`translate(lower(${expression}), ${ACCENTED}, ${PLAIN})`;
export function fold(text: string): string {
  return [...text.toLowerCase()].map((character) => PLAIN[ACCENTED.indexOf(character)] ?? character).join('');
}
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The text values at a JSON path of the row's resource, as a set `v(value)`. */
export const jsonTexts = (alias: string, path: string) =>
  sql`(SELECT value #>> '{}' AS value FROM jsonb_path_query(${raw(alias)}.resource, ${path}::jsonpath) AS value)`;

/** A subquery listing the target ids a row refers to through `source` (one column `id`). */
export function referencedIds(alias: string, source: ReferenceSource, target: FhirResourceType): Sql {
  if ('column' in source) return sql`(SELECT ${column(alias, source.column)} AS id WHERE ${column(alias, source.column)} IS NOT NULL)`;
  if ('arrayColumn' in source) return sql`(SELECT unnest(${column(alias, source.arrayColumn)}) AS id)`;
  if ('joinTable' in source) {
    return sql`(SELECT j.${identifier(source.targetColumn)} AS id FROM ${table(source.joinTable)} j WHERE j.${identifier(source.ownColumn)} = ${raw(alias)}.id)`;
  }
  return sql`(SELECT substring(text.value from ${`^${target}/([A-Za-z0-9.-]{1,64})$`}) AS id FROM ${jsonTexts(alias, source.path)} AS text(value) WHERE text.value LIKE ${`${target}/%`})`;
}

/** Rows whose reference through `source` is one of `ids` (each form chosen so an index can serve it). */
export function refersToAny(alias: string, source: ReferenceSource, target: FhirResourceType, ids: string[]): Sql {
  if ('column' in source) return sql`${column(alias, source.column)} = ANY(${textArray(ids)})`;
  if ('arrayColumn' in source) return sql`${column(alias, source.arrayColumn)} && ${textArray(ids)}`;
  if ('joinTable' in source) {
    return sql`${raw(alias)}.id IN (SELECT j.${identifier(source.ownColumn)} FROM ${table(source.joinTable)} j WHERE j.${identifier(source.targetColumn)} = ANY(${textArray(ids)}))`;
  }
  return sql`EXISTS (SELECT 1 FROM ${referencedIds(alias, source, target)} AS ref WHERE ref.id = ANY(${textArray(ids)}))`;
}

/** Rows whose reference through `source` points at a `target` row meeting `condition` (a chained search). */
export function refersToMatching(alias: string, source: ReferenceSource, target: FhirResourceType, targetAlias: string, condition: Sql): Sql {
  const t = raw(targetAlias);
  if ('column' in source) return sql`${column(alias, source.column)} IN (SELECT ${t}.id FROM ${table(target)} ${t} WHERE ${condition})`;
  if ('arrayColumn' in source)
    return sql`EXISTS (SELECT 1 FROM ${table(target)} ${t} WHERE ${t}.id = ANY(${column(alias, source.arrayColumn)}) AND ${condition})`;
  if ('joinTable' in source) {
    return sql`${raw(alias)}.id IN (SELECT j.${identifier(source.ownColumn)} FROM ${table(source.joinTable)} j JOIN ${table(target)} ${t} ON ${t}.id = j.${identifier(source.targetColumn)} WHERE ${condition})`;
  }
  return sql`EXISTS (SELECT 1 FROM ${table(target)} ${t} WHERE ${t}.id IN ${referencedIds(alias, source, target)} AND ${condition})`;
}
