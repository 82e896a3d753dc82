import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import { headers } from 'next/headers';
import { callValues } from '@/components/mdx/phone-link';
import { localeParam } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/alternates';
import { loadPlan } from '@/lib/content/plan';
import { siteUrl } from '@/lib/content/site-url';
import { refererPagePath, safePagePath } from '@/lib/feedback/page-path';
import { commentsMaxLength, easeCodes, feedbackErrorCodes, feedbackFields, foundCodes, lookingForCodes } from '@/lib/feedback/schema';
import { contactMaxLength } from '@/lib/forms/contact';
import { issuePageFormToken } from '@/lib/forms/page-form-token';
import { sendFeedback } from './actions';
import { FeedbackForm, type FeedbackFormText } from './_components/feedback-form';
import { byDataKey } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';

type Props = PageProps<'/[locale]/feedback'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, '/feedback'),
    robots: { index: false, follow: true },
  };
}

/** The page the member came from: `?from=/path`, else the Referer header when it is this site. */
async function originPath(searchParams: Props['searchParams']): Promise<string | undefined> {
  const from = (await searchParams).from;
  const fromQuery = safePagePath(Array.isArray(from) ? from[0] : from);
  if (fromQuery) return fromQuery;
  // The site's own origin comes from SITE_URL: a client's Host or X-Forwarded-Host could claim any site.
  return refererPagePath((await headers()).get('referer'), siteUrl().origin);
}

function codes<Code extends string>(list: readonly Code[], label: (code: Code) => string): Record<Code, string> {
  return Object.fromEntries(list.map((code) => [code, label(code)])) as Record<Code, string>;
}

export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const plan = loadPlan();
  const call = callValues(plan);
  const from = await originPath(searchParams);
  const max = { comments: commentsMaxLength, contact: contactMaxLength };

  const text: FeedbackFormText = {
    lookingForLabel: t('lookingForLabel'),
    lookingFor: codes(lookingForCodes, (code) => t(`lookingFor.${code}`)),
    foundLabel: t('foundLabel'),
    found: codes(foundCodes, (code) => t(`found.${code}`)),
    easeLabel: t('easeLabel'),
    easeHint: t('easeHint'),
    ease: codes(easeCodes, (code) => t(`ease.${code}`)),
    commentsLabel: t('commentsLabel'),
    commentsHint: t('commentsHint', { max: commentsMaxLength }),
    contactLabel: t('contactLabel'),
    contactHint: t('contactHint'),
    honeypotLabel: t('honeypotLabel'),
    submit: t('submit'),
    errorSummary: t('errorSummary'),
    errors: Object.fromEntries(
      feedbackFields.map((field) => [
        field,
        codes(feedbackErrorCodes[field], (code) =>
          byDataKey(t)(`errors.${field}.${code}`, { max: field === 'comments' || field === 'contact' ? max[field] : 0 }),
        ),
      ]),
    ) as FeedbackFormText['errors'],
    sentTitle: t('sentTitle'),
    referenceLabel: t('referenceLabel'),
    sentBody: t.rich('sentBody', call),
    backToPage: t('backToPage'),
    problems: {
      'rate-limited': t.rich('rateLimited', call),
      unavailable: t.rich('unavailable', call),
      'too-large': t('tooLarge'),
      expired: t('expired'),
      'control-characters': t('controlCharacters'),
    },
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-extrabold text-brand-900">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <div className="mt-4 rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 text-lg">
        <p className="font-semibold">{t('privacy')}</p>
        <p className="mt-2">{t('privacyRemoved')}</p>
        <p className="mt-2">{t.rich('needHelp', call)}</p>
      </div>
      <div className="mt-8">
        <FeedbackForm action={sendFeedback.bind(null, locale)} text={text} token={await issuePageFormToken()} from={from} homeHref={localePath(locale, '/')} />
      </div>
    </div>
  );
}
