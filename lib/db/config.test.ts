import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, readDatabaseConfig } from './config';
import { DatabaseConfigError } from './errors';

describe('readDatabaseConfig', () => {
  it('uses PGlite in .data/pglite under the project by default, and treats empty settings as unset', () => {
    expect(readDatabaseConfig({}, '/srv/site')).toEqual({ kind: 'pglite', dataDir: path.join('/srv/site', '.data', 'pglite') });
    expect(readDatabaseConfig({ DATABASE_URL: '', DATA_DIR: ' ' }, '/srv/site')).toEqual({ kind: 'pglite', dataDir: path.join('/srv/site', '.data', 'pglite') });
  });

  it('resolves DATA_DIR against the project and keeps memory:// as it is', () => {
    expect(readDatabaseConfig({ DATA_DIR: 'var/db' }, '/srv/site')).toEqual({ kind: 'pglite', dataDir: '/srv/site/var/db' });
    expect(readDatabaseConfig({ DATA_DIR: 'memory://' }, '/srv/site')).toEqual({ kind: 'pglite', dataDir: 'memory://' });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and refuses a URL that is not PostgreSQL', () => {
    expect(readDatabaseConfig({ DATABASE_URL: 'postgresql://u:secret@db:5432/site', DATA_DIR: 'x' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:secret@db:5432/site',
    });
    expect(() => readDatabaseConfig({ DATABASE_URL: 'mysql://db/site' })).toThrow(DatabaseConfigError);
    expect(() => readDatabaseConfig({ DATABASE_URL: 'mysql://db/site' })).toThrow(/must be a PostgreSQL URL/);
  });

  it('describes the database without its password', () => {
    expect(describeDatabase({ kind: 'postgres', url: 'postgresql://u:secret@db:5432/site' })).toBe('PostgreSQL at db:5432/site');
    expect(describeDatabase({ kind: 'pglite', dataDir: '/srv/site/.data/pglite' })).toBe('PGlite in /srv/site/.data/pglite');
  });
});
