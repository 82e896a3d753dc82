/**
 * Server components' translators, made once per process for each language and namespace.
 *
 * next-intl's own getTranslations builds its configuration, formatters and message cache per
 * request, so every ICU message a page uses was parsed and compiled again on every request (about
 * 1.5 ms of a results page's 27: docs/decisions/0007). The messages never change while the server
 * runs (they are part of the build), and a translator keeps nothing of a request, so one per
 * language and namespace serves them all. The configuration is the one i18n/request.ts gives
 * next-intl: the language's messages, no fallback to English.
 */
import { _createCache, _createIntlFormatters, createTranslator, initializeConfig, type Messages, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import en from '../messages/en.json';
import es from '../messages/es.json';
import { OREGON_TIME_ZONE } from '../lib/oregon-time';
import type { Locale } from './routing';

const messagesOf: Record<Locale, Messages> = { en, es };

type Translations<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>> = ReturnType<typeof createTranslator<Messages, Namespace>>;

const configs = new Map<Locale, Parameters<typeof createTranslator>[0]>();
const translators = new Map<string, unknown>();

function configFor(locale: Locale): Parameters<typeof createTranslator>[0] {
  let config = configs.get(locale);
  if (!config) {
    config = {
      ...initializeConfig({ locale, messages: messagesOf[locale] }),
      _formatters: _createIntlFormatters(_createCache()),
      // The members' clock, whatever the server's is (as i18n/request.ts says to next-intl).
      timeZone: OREGON_TIME_ZONE,
    };
    configs.set(locale, config);
  }
  return config;
}

/** Same call as next-intl's `getTranslations({ locale, namespace })`, answered from this process's translators. */
export async function getTranslations<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never>(options: {
  locale: Locale;
  namespace?: Namespace;
}): Promise<Translations<Namespace>> {
  const key = `${options.locale}\u0000${options.namespace ?? ''}`;
  let translator = translators.get(key) as Translations<Namespace> | undefined;
  if (!translator) {
    translator = createTranslator<Messages, Namespace>({ ...configFor(options.locale), messages: messagesOf[options.locale], namespace: options.namespace });
    translators.set(key, translator);
  }
  return translator;
}
