'use client';

import { Suspense } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';

type LanguageSwitcherProps = { targetLocale: Locale; label: string };

/** The same path under the other locale prefix. */
function switchedPath(pathname: string, targetLocale: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const hasLocale = (routing.locales as readonly string[]).includes(first ?? '');
  const remainder = hasLocale ? rest : [first, ...rest].filter(Boolean);
  return `/${[targetLocale, ...remainder].join('/')}`.replace(/\/$/, '');
}

function SwitcherLink({ targetLocale, label, query }: LanguageSwitcherProps & { query: string }) {
  const pathname = usePathname() ?? '/';
  const href = `${switchedPath(pathname, targetLocale)}${query ? `?${query}` : ''}`;
  return (
    <a
      href={href}
      lang={targetLocale}
      hrefLang={targetLocale}
      className="inline-flex min-h-11 items-center rounded px-2 font-semibold text-white underline hover:text-white"
    >
      {label}
    </a>
  );
}

/** Keeps the query string, so a provider search (or any page state in the address) survives the switch. */
function SwitcherWithQuery(props: LanguageSwitcherProps) {
  const query = useSearchParams()?.toString() ?? '';
  return <SwitcherLink {...props} query={query} />;
}

/**
 * Links to the same page in the other language; works before and without hydration. Dynamic pages
 * (the provider finder) render the query string on the server; on static pages, which have no query
 * when prerendered, the fallback is the plain link until the browser fills in the query.
 */
export function LanguageSwitcher(props: LanguageSwitcherProps) {
  return (
    <Suspense fallback={<SwitcherLink {...props} query="" />}>
      <SwitcherWithQuery {...props} />
    </Suspense>
  );
}
