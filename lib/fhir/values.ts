/**
 * Reads search parameter values as FHIR writes them: commas separate alternatives (OR) unless escaped
 * with a backslash; tokens are `[system]|[code]`; references `id`, `Type/id` or an absolute URL ending
 * in `Type/id`. Anything unreadable is a 400 with a message that names the parameter.
 */
import { invalidParameter } from './errors';
import type { FhirResourceType } from './parameters';

/** Longest value we read: no directory element is longer, and it keeps statements small. */
export const MAX_VALUE_LENGTH = 256;

/** FHIR ids: letters, digits, '-' and '.', at most 64. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** Splits on unescaped commas and removes the escapes (`\,` `\|` `\$` `\\`). */
export function splitAlternatives(name: string, raw: string): string[] {
  if (raw.length > MAX_VALUE_LENGTH) throw invalidParameter(`${name}: values longer than ${MAX_VALUE_LENGTH} characters are not supported.`);
  // PostgreSQL text cannot hold NUL, and no directory element has control characters.
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw invalidParameter(`${name}: the value contains a control character.`);
  const values: string[] = [];
  let current = '';
  for (let index = 0; index < raw.length; index += 1) {
    const character = raw[index];
    if (character === '\\' && index + 1 < raw.length) {
      const next = raw[index + 1] ?? '';
      current += next === ',' || next === '$' || next === '|' || next === '\\' ? (next === '|' ? '\\|' : next) : `\\${next}`;
      index += 1;
    } else if (character === ',') {
      values.push(current);
      current = '';
    } else current += character;
  }
  values.push(current);
  if (values.some((value) => value === '')) throw invalidParameter(`${name}: empty value.`);
  return values;
}

export type Token = { system: string | null | undefined; code: string | undefined };

/**
 * `code` (any system), `system|code`, `|code` (no system) or `system|` (any code of the system).
 * `system` is undefined for "any system" and null for "no system".
 */
export function parseToken(name: string, value: string): Token {
  const bar = value.search(/(?<!\\)\|/);
  const unescape = (text: string) => text.replaceAll('\\|', '|');
  if (bar < 0) return { system: undefined, code: unescape(value) };
  const system = value.slice(0, bar);
  const code = value.slice(bar + 1);
  if (code.search(/(?<!\\)\|/) >= 0) throw invalidParameter(`${name}: a token has at most one '|' (system|code).`);
  if (system === '' && code === '') throw invalidParameter(`${name}: give a code, system|code or system|.`);
  return { system: system === '' ? null : unescape(system), code: code === '' ? undefined : unescape(code) };
}

/** The id a reference value points at, checking its type when it names one. */
export function parseReference(name: string, value: string, target: FhirResourceType): string {
  const plain = value.replaceAll('\\|', '|');
  const match = /^(?:(?:https?:\/\/[^?#]*\/)?([A-Za-z]+)\/)?([^/]+?)(?:\/_history\/[^/]+)?$/.exec(plain);
  const [, type, id] = match ?? [];
  if (!id || !FHIR_ID.test(id)) throw invalidParameter(`${name}: '${value}' is not a reference (id, ${target}/id or a URL ending in ${target}/id).`);
  if (type && type !== target) throw invalidParameter(`${name}: refers to ${target}, not ${type}.`);
  return id;
}
