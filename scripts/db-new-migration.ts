/**
 * npm run db:new-migration -- <name> — after editing prisma/schema.prisma, writes
 * prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the migration history
 * up to the schema (the same SQL `prisma migrate dev --create-only` writes). It replays the history in
 * a scratch in-memory PGlite, so it needs no database. Review the file, then run `npm run db:migrate`.
 */
import path from 'node:path';
import { createMigration } from '@/lib/db/migrate';
import { operatorMessage } from '@/lib/db/operator-errors';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Name the migration: npm run db:new-migration -- add_provider_reports');
  process.exit(2);
}

try {
  const created = await createMigration(name);
  if (!created) {
    console.log('prisma/schema.prisma and prisma/migrations agree: no migration needed.');
  } else {
    console.log(created.sql);
    console.log(`\nWrote ${path.relative(process.cwd(), path.join(created.folder, 'migration.sql'))}.`);
    console.log('Review it (add by hand what Prisma cannot express, like expression indexes), then run npm run db:migrate.');
  }
} catch (error) {
  const message = operatorMessage(error);
  if (!message) throw error;
  console.error(message);
  process.exitCode = 1;
}
