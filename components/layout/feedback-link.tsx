'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/alternates';

type FeedbackLinkProps = { locale: Locale; label: string };

/**
 * "Help us improve our website": links to the survey with the page it was followed from
 * (`?from=/en/primary-care`). The path is known when the page is rendered on the server too, so
 * the link is complete without JavaScript.
 */
export function FeedbackLink({ locale, label }: FeedbackLinkProps) {
  const pathname = usePathname();
  const survey = localePath(locale, '/feedback');
  const href = pathname && pathname !== survey ? `${survey}?${new URLSearchParams({ from: pathname })}` : survey;
  return <a href={href}>{label}</a>;
}
