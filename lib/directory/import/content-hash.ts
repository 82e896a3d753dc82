/**
 * A fingerprint of a resource's content, independent of key order and whitespace, so re-importing
 * the same resource from a differently formatted export still counts as unchanged.
 */
import { createHash } from 'node:crypto';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, element]) => element !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, element]) => `${JSON.stringify(key)}:${canonicalJson(element)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentHash(resource: unknown): string {
  return createHash('sha256').update(canonicalJson(resource)).digest('hex');
}
