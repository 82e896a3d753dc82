'use client';

import { useParams } from 'next/navigation';
import { ErrorHelpPanel } from '@/components/layout/error-help';
import { routing, type Locale } from '@/i18n/routing';

/**
 * An unexpected error on a member page: the site's header and footer stay, and the page says so in
 * the member's language with the phone number. The server logged the error's name (never its details).
 */
export default function MemberPageError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const language: Locale = routing.locales.find((known) => known === locale) ?? routing.defaultLocale;
  return <ErrorHelpPanel locale={language} onRetry={retry} />;
}
