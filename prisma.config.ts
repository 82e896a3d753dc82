// Prisma 7 reads its CLI settings from here (the schema no longer holds a URL). On these machines only
// `prisma generate` runs through the CLI (`npm run db:generate`); migrations go through lib/db/migrate.ts,
// which drives the WebAssembly schema engine. The datasource is for the ordinary `prisma migrate deploy`
// on a machine that has Prisma's native engine: it accepts the same history.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
