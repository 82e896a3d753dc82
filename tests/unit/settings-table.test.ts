/**
 * The README's Settings table is the schema in lib/env.ts, row for row. When this fails, paste the
 * expected table it prints into README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingNames, settingsSchema, unsetMeaning, type SettingName } from '@/lib/env';

function shownDefault(name: SettingName): string {
  const setting = settingsSchema.shape[name];
  if (setting._zod.def.type === 'default') return `\`${String(setting.parse(undefined))}\``;
  const meaning = unsetMeaning[name];
  if (!meaning) throw new Error(`${name} has neither a default nor an entry in unsetMeaning (lib/env.ts)`);
  return meaning;
}

const expectedTable = [
  '| variable | default | meaning |',
  '|---|---|---|',
  ...settingNames.map((name) => `| \`${name}\` | ${shownDefault(name)} | ${settingsSchema.shape[name].description ?? ''} |`),
].join('\n');

describe('the README Settings table', () => {
  it('lists every setting lib/env.ts declares, with its default and meaning', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf('| variable | default | meaning |');
    expect(start, 'README.md has no Settings table').toBeGreaterThan(-1);
    const end = readme.indexOf('\n\n', start);
    expect(readme.slice(start, end === -1 ? undefined : end)).toBe(expectedTable);
  });

  it('gives every setting a one-line meaning', () => {
    for (const name of settingNames) expect(settingsSchema.shape[name].description, name).toMatch(/^\S.{10,}\.$/);
  });
});
