/**
 * Every setting the site reads from the environment, in one zod schema: its type, its default and
 * what it means (the README's Settings table lists the same, and a test keeps the two in step).
 *
 * next.config.ts reads the settings, so a bad value fails `next build` and `next start` with a
 * sentence naming the variable, never a request. Scripts read them through lib/db/config.ts and
 * fail the same way. Unset and blank are the same: deployment tools often write `NAME=` for "none".
 *
 * Only server code and command-line tools import this module; it uses no path alias, so
 * next.config.ts can load it.
 */
import { z } from 'zod';

const wholeNumber = (min: number, max: number, fallback: number) => {
  const error = `a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

const secret = () => z.string().min(32, { error: 'at least 32 characters of random text, for example from `openssl rand -base64 32`' }).optional();

export const settingsSchema = z.object({
  PORT: wholeNumber(1, 65_535, 3000).describe('The port `npm start` serves the site on.'),
  HOSTNAME_BIND: z.string().optional().describe('The address `npm start` listens on, like 127.0.0.1 behind a proxy on the same machine.'),
  WEB_PROCESSES: wholeNumber(1, 64, 1).describe(
    'How many server processes `npm start` runs, sharing the port; one per core uses every core. Needs DATABASE_URL: the embedded database opens in one process only.',
  ),
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10, 0).describe(
    "How many proxies you run in front of the web servers. 0: the client address is the connection's, and X-Forwarded-For is ignored; N: the address the Nth proxy from the server saw.",
  ),
  HSTS_MAX_AGE: wholeNumber(0, 63_072_000, 31_536_000).describe(
    'Seconds browsers remember to use only HTTPS (Strict-Transport-Security); 0 sends no such header, for a site served over plain HTTP.',
  ),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'an http:// or https:// address, like https://members.example.org' })
    .optional()
    .describe('The public address of the site, for canonical links, the sitemap and sharing previews; set it before building.'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'a PostgreSQL URL, like postgresql://user:password@host:5432/name' })
    .optional()
    .describe('A PostgreSQL server to use instead of the embedded database; the same on every web server.'),
  DATA_DIR: z
    .string()
    .default('.data/pglite')
    .describe('The folder of the embedded database (PGlite), from the project folder; memory:// keeps it in memory only.'),
  CONTENT_DIR: z.string().default('content').describe('The folder of everything staff edit, from the project folder.'),
  SKIP_SAMPLE_DIRECTORY: z
    .stringbool({ error: '1 or true to skip the sample, 0 or false to load it' })
    .default(false)
    .describe(
      '1 (or true): `npm start` never loads the invented sample network into an empty directory, nor the invented sample drug list into an empty list.',
    ),
  FEEDBACK_RATE_LIMIT: wholeNumber(1, 100_000, 20).describe('Survey answers per hour from one connection.'),
  FEEDBACK_MIN_SECONDS: wholeNumber(0, 600, 3).describe(
    'Seconds: a public form (survey, join request) sent sooner after its page loaded is taken for a script.',
  ),
  FEEDBACK_TOKEN_SECRET: secret().describe('Signs the hidden token of the public forms; the same on every web server.'),
  RATE_LIMIT_SALT: secret().describe('Salts the hash of visitor addresses in rate-limit keys; the same on every web server, not FEEDBACK_TOKEN_SECRET.'),
  STAFF_SIGN_IN_LIMIT: wholeNumber(1, 10_000, 10).describe(
    'Staff sign-in attempts per 15 minutes from one address; an account also asks for growing waits after wrong passwords.',
  ),
  JOIN_REQUEST_RATE_LIMIT: wholeNumber(1, 100_000, 10).describe('"Join our network" requests per hour from one connection.'),
  STAFF_PASSWORD: z.string().optional().describe('The password `npm run staff:add` gives the account, for scripts.'),
  NEXT_DIST_DIR: z.string().default('.next').describe('The folder Next.js builds into and serves from.'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium').describe('The Chromium the end-to-end tests and benchmarks drive.'),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingName = keyof Settings;
export const settingNames = Object.keys(settingsSchema.shape) as SettingName[];

/** What an unset variable without a plain default means (the README's "default" column). */
export const unsetMeaning: Partial<Record<SettingName, string>> = {
  HOSTNAME_BIND: 'every address (127.0.0.1 without `SITE_URL`)',
  SITE_URL: 'http://localhost:PORT',
  DATABASE_URL: 'none: the embedded database in `DATA_DIR`',
  FEEDBACK_TOKEN_SECRET: 'generated once and kept in the database',
  RATE_LIMIT_SALT: 'generated once and kept in the database',
  STAFF_PASSWORD: 'asked for in the terminal',
};

/** Never repeated in an error message: a mistake in them should not end up in a build log. */
const hiddenValues = new Set<SettingName>(['DATABASE_URL', 'FEEDBACK_TOKEN_SECRET', 'RATE_LIMIT_SALT', 'STAFF_PASSWORD']);

/** A setting that cannot be used; the message names each variable and says what it takes. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export type SettingsSource = Readonly<Record<string, string | undefined>>;

/** A password is used as typed; every other value loses the spaces around it. */
const keptAsTyped = new Set<SettingName>(['STAFF_PASSWORD']);

/** Parses the declared variables of `source` (tests pass their own); throws a SettingsError. */
export function parseSettings(source: SettingsSource): Settings {
  const value = (name: SettingName) => {
    const raw = source[name];
    if (!raw?.trim()) return undefined;
    return keptAsTyped.has(name) ? raw : raw.trim();
  };
  const given = Object.fromEntries(settingNames.map((name) => [name, value(name)]));
  const parsed = settingsSchema.safeParse(given);
  if (parsed.success) {
    const { FEEDBACK_TOKEN_SECRET, RATE_LIMIT_SALT } = parsed.data;
    if (FEEDBACK_TOKEN_SECRET === undefined || FEEDBACK_TOKEN_SECRET !== RATE_LIMIT_SALT) return parsed.data;
    throw new SettingsError('RATE_LIMIT_SALT is the same as FEEDBACK_TOKEN_SECRET: give each its own random value (or unset both to have them generated).');
  }
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]) as SettingName;
    const value = hiddenValues.has(name) ? '' : `=${JSON.stringify(given[name])}`;
    const fallback =
      settingsSchema.shape[name]._zod.def.type === 'default'
        ? `the default, ${JSON.stringify(settingsSchema.shape[name].parse(undefined))}`
        : unsetMeaning[name];
    return `- ${name}${value} is not valid: it takes ${issue.message}. Fix it, or unset it to use ${fallback}.`;
  });
  throw new SettingsError(['The environment has settings the site cannot use (see Settings in README.md):', ...lines].join('\n'));
}

let remembered: { snapshot: string; settings: Settings } | undefined;

/**
 * This process's settings. Parsed on first use and kept; parsed again only when a declared variable
 * changes, which in practice is a test pointing CONTENT_DIR at a folder of its own.
 */
export function readSettings(): Settings {
  const snapshot = JSON.stringify(settingNames.map((name) => process.env[name] ?? null));
  if (remembered?.snapshot !== snapshot) remembered = { snapshot, settings: parseSettings(process.env) };
  return remembered.settings;
}
