import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesNamed, testBackends, testDatabaseUrl, useTestDatabase } from '@/tests/db/test-databases';
import { applyPendingMigrations, checkDrift, createMigration } from './migrate';
import { projectPaths, type ProjectPaths } from './migrations-dir';

const repository = projectPaths();

describe('the drift check (schema.prisma against prisma/migrations)', { timeout: 120_000 }, () => {
  it('finds the migrations build exactly what schema.prisma describes', async () => {
    const drift = await checkDrift();
    // If this fails: run `npm run db:new-migration -- <name>` and commit the new migration.
    expect(drift.missingSql).toBe('');
    expect(drift.inSync).toBe(true);
  });

  describe('on a copy whose schema gained a column', () => {
    let copy: ProjectPaths;
    beforeAll(() => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-'));
      fs.cpSync(path.dirname(repository.schema), path.join(root, 'prisma'), { recursive: true });
      copy = projectPaths(root);
      const schema = fs.readFileSync(copy.schema, 'utf8').replace('  gender      String?\n', '  gender      String?\n  nickname    String?\n');
      fs.writeFileSync(copy.schema, schema);
    });
    afterAll(() => fs.rmSync(path.dirname(path.dirname(copy.schema)), { recursive: true, force: true }));

    it('reports the drift, and writes the migration that brings the history back in sync', async () => {
      const created = await createMigration('Add nickname!', { paths: copy, now: new Date('2030-01-02T03:04:05Z') });
      expect(created?.sql).toContain('ALTER TABLE "Practitioner" ADD COLUMN     "nickname" TEXT;');
      expect(created?.folder).toBe(path.join(copy.migrations, '20300102030405_add_nickname'));
      expect(fs.readFileSync(path.join(created?.folder ?? '', 'migration.sql'), 'utf8')).toContain('"nickname" TEXT');
      expect(await checkDrift({ paths: copy })).toEqual({ inSync: true, missingSql: '' });
    });
  });

  it.skipIf(!testDatabaseUrl)('agrees when the history is replayed on PostgreSQL, and leaves no shadow database behind', async () => {
    const url = testDatabaseUrl ?? '';
    expect(await checkDrift({ shadow: { kind: 'postgres', url } })).toEqual({ inSync: true, missingSql: '' });
    expect(await databasesNamed('prisma_shadow_')).toEqual([]);
  });
});

const initMigration = fs
  .readdirSync(repository.migrations)
  .filter((name) => /^\d{14}_/.test(name))
  .sort();

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`applying migrations ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend, { migrate: false });

    it('applies every migration once, then nothing', async () => {
      expect(await applyPendingMigrations(session.target)).toEqual(initMigration);
      expect(await applyPendingMigrations(session.target)).toEqual([]);
    });

    it('records them as Prisma does, so `prisma migrate deploy` accepts the history', async () => {
      const rows = await session.db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean }[]>(
        'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows).toEqual(
        initMigration.map((name) => ({
          migration_name: name,
          checksum: createHash('sha256')
            .update(fs.readFileSync(path.join(repository.migrations, name, 'migration.sql')))
            .digest('hex'),
          finished: true,
          rolled_back: false,
        })),
      );
    });

    it('creates the hand-written distance index and the extensions the searches use', async () => {
      const indexes = await session.db.$queryRawUnsafe<{ indexdef: string }[]>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Location_earth_idx'`);
      expect(indexes[0]?.indexdef).toMatch(/USING gist \(ll_to_earth\(latitude, longitude\)\)/);
      const [row] = await session.db.$queryRawUnsafe<{ similar: boolean; meters: number }[]>(
        `SELECT 'jose ortega' % 'jose ortego' AS similar, round(earth_distance(ll_to_earth(42.3265, -122.8756), ll_to_earth(42.1946, -122.7095)))::float AS meters`,
      );
      // Medford to Ashland is about 20 km.
      expect(row).toEqual({ similar: true, meters: expect.closeTo(19_900, -3) });
    });
  });
}
