/**
 * The site's two secrets: the one that signs public forms' hidden tokens (lib/forms/form-token) and the
 * salt that hides visitor addresses in rate-limit keys (lib/rate-limit). They are different secrets:
 * knowing one tells nothing about the other.
 *
 * An operator may set each (FEEDBACK_TOKEN_SECRET, RATE_LIMIT_SALT); a set value wins. Otherwise the
 * first web server that needs one generates it (32 random bytes) and keeps it in the database
 * (SiteSecret), so every server sharing the database uses the same and it survives restarts. There is
 * no built-in value: a secret written in the source is public.
 *
 * Each is read from the database once per process (per client, so tests on several databases stay
 * apart) and kept. A failed read (the database is down) is not kept: the next request tries again.
 */
import { randomBytes } from 'node:crypto';
import { getDb, type Database } from '@/lib/db';
import { readSettings, type Settings } from '@/lib/env';

export type SiteSecretName = 'form-token' | 'rate-limit-salt';

/** The secret `name` from the database, made first if no server has made it yet. */
export async function readOrCreateSiteSecret(db: Database, name: SiteSecretName): Promise<string> {
  // INSERT ... ON CONFLICT DO NOTHING: of servers racing to make it, one row wins and all read it back.
  await db.siteSecret.createMany({ data: [{ name, value: randomBytes(32).toString('base64url') }], skipDuplicates: true });
  const { value } = await db.siteSecret.findUniqueOrThrow({ where: { name }, select: { value: true } });
  return value;
}

const readSecrets = new WeakMap<Database, Map<SiteSecretName, Promise<string>>>();

function keptSecret(db: Database, name: SiteSecretName): Promise<string> {
  let secrets = readSecrets.get(db);
  if (!secrets) readSecrets.set(db, (secrets = new Map()));
  const kept = secrets.get(name);
  if (kept) return kept;
  const reading = readOrCreateSiteSecret(db, name);
  secrets.set(name, reading);
  reading.catch(() => {
    if (secrets.get(name) === reading) secrets.delete(name);
  });
  return reading;
}

/** Signs the hidden token of the public forms (survey, join request, listing report). */
export async function formTokenSecret(db: Database = getDb(), settings: Settings = readSettings()): Promise<string> {
  return settings.FEEDBACK_TOKEN_SECRET ?? keptSecret(db, 'form-token');
}

/** Salts the hash of a visitor's address in a rate-limit key. */
export async function rateLimitSalt(db: Database = getDb(), settings: Settings = readSettings()): Promise<string> {
  return settings.RATE_LIMIT_SALT ?? keptSecret(db, 'rate-limit-salt');
}
