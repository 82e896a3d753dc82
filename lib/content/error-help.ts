/**
 * What the error pages say, in every language, with the plan's phone numbers. Error pages are client
 * components that cannot read content/ or the messages files, so next.config.ts bakes this small
 * object into the build (ERROR_HELP) and components/layout/error-help.tsx reads it.
 * Relative imports: next.config.ts loads this file, and its loader does not resolve the @/ alias.
 */
import { routing, type Locale } from '../../i18n/routing';
import en from '../../messages/en.json';
import es from '../../messages/es.json';
import { loadPlan } from './plan';

export type ErrorHelpText = (typeof en)['ErrorPage'];
export type ErrorHelp = { planName: string; phone: string; tty: string; text: Record<Locale, ErrorHelpText> };

const messages = { en, es } satisfies Record<Locale, typeof en>;

export function errorHelp(): ErrorHelp {
  const plan = loadPlan();
  return {
    planName: plan.name,
    phone: plan.phones.customerService?.number ?? '',
    tty: plan.phones.tty?.number ?? '',
    text: Object.fromEntries(routing.locales.map((locale) => [locale, messages[locale].ErrorPage])) as Record<Locale, ErrorHelpText>,
  };
}
