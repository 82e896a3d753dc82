import type { routing } from '@/i18n/routing';
import type messages from '@/messages/en.json';

// Message keys and locales are checked at compile time: a misspelt key is a type error, not a blank.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
