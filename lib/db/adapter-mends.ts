/**
 * A driver adapter wrapper that mends the adapter bugs on the migration path (each is described
 * below, with what it fixes). Each mend is switched on only where it is needed:
 *
 * - `runScript`: pglite-prisma-adapter's executeScript does not await PGlite (its errors escape as
 *   unhandled rejections) and adapter-pg's splits scripts on every `;`, breaking function bodies and
 *   comments. Both are replaced by one simple-protocol call that runs the whole script.
 * - `argumentlessRawAsScript`: the schema engine sends whole migration scripts to shadow databases
 *   through executeRaw; a prepared statement holds one statement, so a call without arguments runs as
 *   a script. Not for the app's client, where it would lose the affected-row count.
 * - `"char"` columns: adapter-pg cannot describe pg_catalog's internal "char" type; see
 *   pg-char-columns.ts (a no-op for PGlite, whose adapter describes it correctly).
 */
import { DriverAdapterError, type IsolationLevel, type SqlDriverAdapter, type SqlQuery, type Transaction } from '@prisma/driver-adapter-utils';
import { restoreCharColumns } from './pg-char-columns';

export type Mends = {
  runScript?: (script: string) => Promise<unknown>;
  argumentlessRawAsScript?: boolean;
  /** Runs after the wrapped adapter is disposed: closing a shadow PGlite, dropping a shadow database. */
  onDispose?: () => Promise<void>;
};

export function mendAdapter(inner: SqlDriverAdapter, mends: Mends): SqlDriverAdapter {
  const runScript = async (script: string) => {
    if (!mends.runScript) return inner.executeScript(script);
    try {
      await mends.runScript(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query: SqlQuery) => restoreCharColumns(await inner.queryRaw(query)),
    executeRaw: async (query: SqlQuery) => {
      if (mends.argumentlessRawAsScript && query.args.length === 0) {
        await runScript(query.sql);
        return 0;
      }
      return inner.executeRaw(query);
    },
    executeScript: runScript,
    startTransaction: async (isolationLevel?: IsolationLevel) => mendTransaction(await inner.startTransaction(isolationLevel)),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: async () => {
      try {
        await inner.dispose();
      } finally {
        await mends.onDispose?.();
      }
    },
  };
}

function mendTransaction(transaction: Transaction): Transaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: async (query: SqlQuery) => restoreCharColumns(await transaction.queryRaw(query)),
    executeRaw: (query: SqlQuery) => transaction.executeRaw(query),
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
    createSavepoint: transaction.createSavepoint?.bind(transaction),
    rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
    releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
  };
}

type PostgresErrorFields = { code: string; message: string; severity: string; detail?: unknown; column?: unknown; hint?: unknown };

function isPostgresError(error: unknown): error is Error & PostgresErrorFields {
  return (
    error instanceof Error &&
    typeof (error as Partial<PostgresErrorFields>).code === 'string' &&
    typeof (error as Partial<PostgresErrorFields>).severity === 'string'
  );
}

/** PostgreSQL's own error (from pg or PGlite) in the shape the engine reports with its message intact. */
export function toDriverAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code,
    severity: error.severity,
    message: error.message,
    detail: text(error.detail),
    column: text(error.column),
    hint: text(error.hint),
  });
}
