import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import Link from 'next/link';
import { connection } from 'next/server';
import { callValues } from '@/components/mdx/phone-link';
import { localeParam } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/alternates';
import { loadPlan } from '@/lib/content/plan';
import { namedSpecialtyCodes } from '@/lib/directory/search/options';
import { issuePageFormToken } from '@/lib/forms/page-form-token';
import { joinErrorCodes, joinFields, type JoinField } from '@/lib/join-requests/schema';
import { sendJoinRequest } from './actions';
import { JoinForm, type JoinFormText } from './_components/join-form';
import { byDataKey } from '@/i18n/translator';
import { localePath } from '@/i18n/alternates';

type Props = PageProps<'/[locale]/providers/join'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'JoinRequest' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, '/providers/join'),
  };
}

export default async function JoinRequestPage({ params }: Props) {
  // Rendered per request, never prerendered: each visitor needs a token of their own (its time and
  // submission key), or every request after the first would read as a retry of the first.
  await connection();
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'JoinRequest' });
  const specialtyName = await getTranslations({ locale, namespace: 'Specialty' });
  const call = callValues(loadPlan(), 'providerServices');
  const byField = <Value,>(make: (field: JoinField) => Value) =>
    Object.fromEntries(joinFields.map((field) => [field, make(field)])) as Record<JoinField, Value>;
  const collator = new Intl.Collator(locale);

  const text: JoinFormText = {
    fields: byField((field) => t(`fields.${field}`)),
    hints: Object.fromEntries(joinFields.filter((field) => byDataKey(t).has(`hints.${field}`)).map((field) => [field, byDataKey(t)(`hints.${field}`)])),
    specialties: namedSpecialtyCodes.map((code): [string, string] => [code, byDataKey(specialtyName)(code)]).sort((a, b) => collator.compare(a[1], b[1])),
    chooseSpecialty: t('chooseSpecialty'),
    honeypotLabel: t('honeypotLabel'),
    submit: t('submit'),
    errorSummary: t('errorSummary'),
    errors: byField((field) => Object.fromEntries(joinErrorCodes[field].map((code) => [code, t(`errors.${field}.${code}` as 'errors.name.required')]))),
    problems: {
      'rate-limited': t.rich('rateLimited', call),
      unavailable: t.rich('unavailable', call),
      'too-large': t('tooLarge'),
      expired: t('expired'),
      'control-characters': t('controlCharacters'),
    },
    sentTitle: t('sentTitle'),
    referenceLabel: t('referenceLabel'),
    sentBody: t('sentBody'),
    duplicateNpi: t('duplicateNpi'),
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p>
        <Link href={localePath(locale, '/providers')}>{t('backToProviders')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold text-brand-900">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <div className="mt-4 rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 text-lg">
        <p>{t('beforeYouStart')}</p>
        <p className="mt-2 font-semibold">{t('noPatientInformation')}</p>
        <p className="mt-2">{t.rich('questions', call)}</p>
      </div>
      <p className="mt-6 text-lg">{t('requiredNote')}</p>
      <div className="mt-4">
        <JoinForm action={sendJoinRequest.bind(null, locale)} text={text} token={await issuePageFormToken()} />
      </div>
    </div>
  );
}
