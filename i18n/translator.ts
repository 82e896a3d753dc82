import type { _Translator, Messages } from 'next-intl';

/** A translator for one namespace of messages/en.json, its keys checked by the compiler. */
export type Translator<Namespace extends keyof Messages> = _Translator<Messages, Namespace>;

/**
 * Messages whose key comes from data (a specialty or language code, a field's error code): the
 * compiler cannot check such a key, so callers ask has() first or list the codes a test checks.
 */
export type DataKeyTranslator = { has(key: string): boolean; (key: string, values?: Record<string, string | number>): string };

/** The same translator, for keys built from data. */
export function byDataKey(t: { has(key: never): boolean }): DataKeyTranslator {
  return t as unknown as DataKeyTranslator;
}
