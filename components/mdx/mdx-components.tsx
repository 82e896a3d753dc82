import type { MDXComponents } from 'mdx/types';
import { createTranslator } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { calloutKinds, careOptionKinds } from '@/lib/content/components';
import { listHandouts } from '@/lib/content/handouts';
import { loadPlan } from '@/lib/content/plan';
import type { Plan } from '@/lib/content/schemas';
import { loadTaglines } from '@/lib/content/taglines';
import enMessages from '@/messages/en.json';
import esMessages from '@/messages/es.json';
import { Callout } from './callout';
import { CareGuide, CareOption } from './care-guide';
import { Checklist, Step } from './checklist';
import { ContentLink } from './content-link';
import { EmailLink, FaxNumber, PayerId, PostalAddress } from './contact-details';
import { HandoutList } from './handout-list';
import { LanguageTaglines } from './language-taglines';
import { PhoneLink } from './phone-link';

export const messagesByLocale = { en: enMessages, es: esMessages } as const;

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}

/** Phone names are checked by content:check; an unknown one at render time is a content bug. */
function phoneNumber(plan: Plan, name: string): string {
  const phone = plan.phones[name];
  if (!phone) throw new Error(`content uses <Phone name="${name}" />, but content/plan.yaml has no phones.${name}`);
  return phone.number;
}

/** Like phoneNumber, for <Fax /> and <Email /> (faxes: and emails: in the plan file). */
function planEntry(entries: Record<string, string>, component: string, section: string, name: string): string {
  const value = entries[name];
  if (!value) throw new Error(`content uses <${component} name="${name}" />, but content/plan.yaml has no ${section}.${name}`);
  return value;
}

function addressOf(plan: Plan, name: string): string[] {
  const address = plan.addresses[name];
  if (!address) throw new Error(`content uses <Address name="${name}" />, but content/plan.yaml has no addresses.${name}`);
  return address.lines;
}

function claimsOf(plan: Plan): NonNullable<Plan['claims']> {
  if (!plan.claims) throw new Error('content uses <PayerId /> or <ClaimsAddress />, but content/plan.yaml has no claims: section');
  return plan.claims;
}

/**
 * The components MDX content may use, bound to one language and the plan file. Everything is
 * synchronous and takes data as arguments, so the same tree renders in pages and in tests.
 */
export function mdxComponents(locale: Locale, plan: Plan = loadPlan()): MDXComponents {
  const t = translatorFor(locale);
  return {
    a: (props) => <ContentLink locale={locale} {...props} />,
    PlanName: () => <>{plan.name}</>,
    ServiceArea: () => <>{plan.serviceArea[locale]}</>,
    Program: () => <>{plan.program[locale]}</>,
    Hours: () => <>{plan.hours[locale]}</>,
    MailingAddress: () => <PostalAddress lines={plan.mailingAddress} />,
    Phone: ({ name }: { name: string }) => <PhoneLink number={phoneNumber(plan, name)} />,
    Fax: ({ name }: { name: string }) => <FaxNumber number={planEntry(plan.faxes, 'Fax', 'faxes', name)} />,
    Email: ({ name }: { name: string }) => <EmailLink address={planEntry(plan.emails, 'Email', 'emails', name)} />,
    Address: ({ name }: { name: string }) => <PostalAddress lines={addressOf(plan, name)} />,
    PayerId: () => <PayerId id={claimsOf(plan).payerId} />,
    ClaimsAddress: () => <PostalAddress lines={claimsOf(plan).mailingAddress} />,
    Tty: () => <PhoneLink number={phoneNumber(plan, 'tty')} label={t('Phone.tty', { number: phoneNumber(plan, 'tty') })} />,
    Callout: ({ kind, title, children }: { kind: (typeof calloutKinds)[number]; title?: string; children: ReactNode }) => (
      <Callout kind={kind} title={title} kindLabel={t(`Callout.${kind}`)}>
        {children}
      </Callout>
    ),
    CareGuide,
    CareOption: ({ kind, ...rest }: { kind: (typeof careOptionKinds)[number]; title: string; when: string; children: ReactNode }) => (
      <CareOption kind={kind} kindLabel={t(`CareGuide.${kind}`)} {...rest} />
    ),
    Checklist: ({ id, children }: { id: string; children: ReactNode }) => (
      <Checklist id={id} progressTemplate={t.raw('Checklist.progress') as string} savedNote={t('Checklist.savedNote')}>
        {children}
      </Checklist>
    ),
    Step: ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
      <Step id={id} title={title} doneLabel={t('Checklist.markDone')}>
        {children}
      </Step>
    ),
    LanguageTaglines: () => (
      <LanguageTaglines
        taglines={loadTaglines()}
        phone={phoneNumber(plan, 'customerService')}
        tty={phoneNumber(plan, 'tty')}
        listLabel={t('Taglines.listLabel')}
      />
    ),
    HandoutList: () => (
      <HandoutList
        locale={locale}
        handouts={listHandouts(locale)}
        strings={{ pdfLink: (values) => t('Handouts.pdfLink', values), languageName: (pdfLocale) => t(`Language.${pdfLocale}`) }}
      />
    ),
  };
}
