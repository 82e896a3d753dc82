import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from '@/lib/env';
import { describeDatabase, readDatabaseConfig } from './config';

describe('readDatabaseConfig', () => {
  it('uses PGlite in .data/pglite under the project by default, and treats empty settings as unset', () => {
    expect(readDatabaseConfig(parseSettings({}), '/srv/site')).toEqual({ kind: 'pglite', dataDir: path.join('/srv/site', '.data', 'pglite') });
    expect(readDatabaseConfig(parseSettings({ DATABASE_URL: '', DATA_DIR: ' ' }), '/srv/site')).toEqual({
      kind: 'pglite',
      dataDir: path.join('/srv/site', '.data', 'pglite'),
    });
  });

  it('resolves DATA_DIR against the project and keeps memory:// as it is', () => {
    expect(readDatabaseConfig(parseSettings({ DATA_DIR: 'var/db' }), '/srv/site')).toEqual({ kind: 'pglite', dataDir: '/srv/site/var/db' });
    expect(readDatabaseConfig(parseSettings({ DATA_DIR: 'memory://' }), '/srv/site')).toEqual({ kind: 'pglite', dataDir: 'memory://' });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and the settings refuse a URL that is not PostgreSQL', () => {
    expect(readDatabaseConfig(parseSettings({ DATABASE_URL: 'postgresql://u:secret@db:5432/site', DATA_DIR: 'x' }))).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:secret@db:5432/site',
    });
    expect(() => parseSettings({ DATABASE_URL: 'mysql://db/site' })).toThrow(SettingsError);
    expect(() => parseSettings({ DATABASE_URL: 'mysql://db/site' })).toThrow(/DATABASE_URL is not valid: it takes a PostgreSQL URL/);
  });

  it('describes the database without its password', () => {
    expect(describeDatabase({ kind: 'postgres', url: 'postgresql://u:secret@db:5432/site' })).toBe('PostgreSQL at db:5432/site');
    expect(describeDatabase({ kind: 'pglite', dataDir: '/srv/site/.data/pglite' })).toBe('PGlite in /srv/site/.data/pglite');
  });
});
