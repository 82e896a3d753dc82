/**
 * Telling an outage from a bug. When a query fails, one cheap round trip says which: a database that
 * answers means the failure is ours (a bug), one that does not is an outage. Only the error's name
 * and driver code are ever logged: messages can carry what a member typed.
 */
import type { Database } from './client';

/** "PrismaClientKnownRequestError P2010", "Error ECONNREFUSED", "string": safe to log. */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  return `${error.name}${code}`;
}

/** Whether the database answers right now (opening it counts: a folder that cannot open does not). */
export async function databaseAnswers(db: () => Database): Promise<boolean> {
  return (await databaseFailure(db)) === null;
}

/** Null when the database answers right now; else the loggable kind of what stopped it. */
export async function databaseFailure(db: () => Database): Promise<string | null> {
  try {
    await db().$queryRaw`SELECT 1`;
    return null;
  } catch (error) {
    return errorKind(error);
  }
}

/** What a failed query was: its loggable kind, and whether the database was out (or the fault ours). */
export async function describeFailure(error: unknown, db: () => Database): Promise<{ kind: string; outage: boolean }> {
  return { kind: errorKind(error), outage: !(await databaseAnswers(db)) };
}
