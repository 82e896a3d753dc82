/**
 * The frame of every command-line tool that works on the directory database: it reads the configured
 * database, opens it (applying pending migrations, each named on stderr), runs the tool's work and
 * always closes it. An error the operator can act on is printed without a stack and exits 1: the
 * tool's own (`explain` returns the lines to print) or a database to fix (lib/db/operator-errors).
 * Anything else is a bug and is thrown, stack and all.
 */
import { readDatabaseConfig, type DatabaseConfig } from '@/lib/db/config';
import { readSettings, SettingsError, type Settings } from '@/lib/env';
import { operatorMessage } from '@/lib/db/operator-errors';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';

export async function runDatabaseCommand(
  work: (session: DatabaseSession, config: DatabaseConfig) => Promise<void>,
  explain: (error: unknown) => string[] | null = () => null,
): Promise<void> {
  let session: DatabaseSession | null = null;
  try {
    const config = readDatabaseConfig();
    session = await openDatabaseSession(config);
    for (const name of session.applied) console.error(`applied migration ${name}`);
    await work(session, config);
  } catch (error) {
    const operator = operatorMessage(error);
    const lines = explain(error) ?? (operator ? [operator] : null);
    if (!lines) throw error;
    for (const line of lines) console.error(line);
    process.exitCode = 1;
  } finally {
    await session?.close();
  }
}

/** The settings, for a tool that reads one before opening the database; a bad one is printed, exit 1. */
export function readSettingsOrExit(): Settings {
  try {
    return readSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
