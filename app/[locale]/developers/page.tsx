import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from '@/i18n/translations';
import type { ReactNode } from 'react';
import { localeParam } from '@/i18n/locale-param';
import { localeAlternates } from '@/i18n/alternates';
import { siteUrl } from '@/lib/content/site-url';
import { fhirResourceTypes } from '@/lib/fhir/parameters';
import { WithoutRuntime } from '@/components/layout/without-runtime';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Developers' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, '/developers'),
  };
}

/** Example requests; the words around them come from messages, the requests are the same in both languages. */
const examples = [
  { key: 'metadata', request: '/metadata' },
  {
    key: 'search',
    request: '/PractitionerRole?specialty=http://nucc.org/provider-taxonomy|207Q00000X&location.address-city=Medford&_include=PractitionerRole:location',
  },
  { key: 'read', request: '/Practitioner/{id}' },
  { key: 'network', request: '/PractitionerRole?network=Organization/{id}&_include=PractitionerRole:practitioner' },
  { key: 'changes', request: '/Location?_lastUpdated=ge2026-01-01' },
  { key: 'drugByCode', request: '/MedicationKnowledge?code=http://www.nlm.nih.gov/research/umls/rxnorm|{code}' },
  { key: 'drugCoverage', request: '/Basic?subject=MedicationKnowledge/{id}&_include=Basic:subject' },
] as const;

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {heading}
      </h2>
      <div className="mt-3 space-y-3 text-lg">{children}</div>
    </section>
  );
}

/** Long URLs wrap inside the block instead of widening the page (it must reflow at 320 px). */
const codeBlock = 'overflow-x-auto whitespace-pre-wrap break-all rounded-md border border-gray-300 bg-gray-50 p-3 font-mono text-base';

export default async function DevelopersPage({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Developers' });
  const base = new URL('/api/fhir', siteUrl()).toString();

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <WithoutRuntime />
      <h1 className="text-3xl font-extrabold text-brand-900">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>

      <Section id="open" heading={t('openHeading')}>
        <p>{t('openBody')}</p>
      </Section>
      <Section id="standard" heading={t('standardHeading')}>
        <p>{t('standardBody')}</p>
        <p>{t('resourcesBody', { types: fhirResourceTypes.join(', ') })}</p>
      </Section>
      <Section id="drug-list" heading={t('drugListHeading')}>
        <p>{t('drugListBody')}</p>
      </Section>
      <Section id="base" heading={t('baseHeading')}>
        <p>{t('baseBody')}</p>
        <pre className={codeBlock}>
          <code>{base}</code>
        </pre>
        <p>
          {t.rich('capabilityBody', {
            link: (chunks) => (
              <a href={`${base}/metadata`} className="font-semibold underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </Section>
      <Section id="examples" heading={t('examplesHeading')}>
        {examples.map(({ key, request }) => (
          <div key={key}>
            <p>{t(`examples.${key}`)}</p>
            <pre className={`mt-1 ${codeBlock}`}>
              <code>{`GET ${base}${request}`}</code>
            </pre>
          </div>
        ))}
      </Section>
      <Section id="paging" heading={t('pagingHeading')}>
        <p>{t('pagingBody')}</p>
      </Section>
      <Section id="updates" heading={t('updatesHeading')}>
        <p>{t('updatesBody')}</p>
        <p className="mt-3">{t('referencesBody')}</p>
      </Section>
      <Section id="errors" heading={t('errorsHeading')}>
        <p>{t('errorsBody')}</p>
      </Section>
    </div>
  );
}
