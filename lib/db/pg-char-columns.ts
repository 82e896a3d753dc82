/**
 * The schema engine reads pg_catalog columns of PostgreSQL's internal one-byte `"char"` type (OID 18:
 * contype, relkind ...) and expects them as Character values. adapter-pg has no mapping for OID 18 and
 * throws "Column type 'char' could not be deserialized"; pglite-prisma-adapter maps it correctly.
 *
 * The mend, for the migration pools only: when pg hands a result to adapter-pg, OID 18 columns are
 * relabelled as text (which adapter-pg accepts; the values are already one-character strings) and
 * their positions remembered against the result's row array, which adapter-pg passes through
 * untouched; `restoreCharColumns` then reports those columns as Character again.
 */
import { ColumnTypeEnum, type SqlResultSet } from '@prisma/driver-adapter-utils';
import type pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] };
type Callback = (error: unknown, result: unknown) => void;

function relabel(result: unknown): unknown {
  const { fields, rows } = (result ?? {}) as QueryResultLike;
  if (!Array.isArray(fields) || !Array.isArray(rows)) return result;
  const positions: number[] = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      positions.push(index);
    }
  });
  if (positions.length > 0) charColumnsByRows.set(rows, positions);
  return result;
}

/** Installs the relabelling on every client the pool opens (pool.query uses callbacks, transactions promises). */
export function relabelCharColumns(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    const patched = (...args: unknown[]): unknown => {
      const last = args.at(-1);
      if (typeof last === 'function') {
        const callback = last as Callback;
        return original(...args.slice(0, -1), (error: unknown, result: unknown) => callback(error, error ? result : relabel(result)));
      }
      const returned = original(...args);
      return returned instanceof Promise ? returned.then(relabel) : returned;
    };
    Object.assign(client, { query: patched });
  });
}

export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  const positions = charColumnsByRows.get(result.rows);
  if (!positions) return result;
  const columnTypes = [...result.columnTypes];
  for (const position of positions) columnTypes[position] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
}
