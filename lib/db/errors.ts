/**
 * Errors the database layer raises on purpose. Each says what happened and what to do, in words an
 * operator can act on; callers (scripts, route handlers) map them by class, never by message.
 */

/** Another process has the embedded database folder open; PGlite would corrupt it if we opened it too. */
export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly owner: { pid: number; hostname: string; startedAt: string; command: string },
    sameHost: boolean,
  ) {
    const who = `pid ${owner.pid}${sameHost ? '' : ` on host ${owner.hostname}`}, since ${owner.startedAt}${owner.command ? `: ${owner.command}` : ''}`;
    const lines =
      sameHost && owner.pid === process.pid
        ? [
            `The embedded database in ${dataDir} is already open in this process (${who}).`,
            'Use the shared client from lib/db (getDb) instead of opening the folder a second time.',
          ]
        : [
            `The embedded database in ${dataDir} is already open in another process (${who}).`,
            'Only one process may use it at a time.',
            sameHost
              ? `Stop that process (for example \`kill ${owner.pid}\`) and try again, or set DATABASE_URL to use PostgreSQL.`
              : 'Stop the process on that host and try again, or set DATABASE_URL to use PostgreSQL.',
            `If you are sure nothing uses the folder any more, delete ${lockFile}.`,
          ];
    super(lines.join('\n'));
  }
}

/** A migration could not be read, applied or generated; the message carries the schema engine's own words. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
