'use client';

import { usePathname } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';

type LanguageSwitcherProps = { targetLocale: Locale; label: string };

/** Links to the same page in the other language; works before and without hydration. */
export function LanguageSwitcher({ targetLocale, label }: LanguageSwitcherProps) {
  const pathname = usePathname() ?? '/';
  const [, first, ...rest] = pathname.split('/');
  const hasLocale = (routing.locales as readonly string[]).includes(first ?? '');
  const remainder = hasLocale ? rest : [first, ...rest].filter(Boolean);
  const href = `/${[targetLocale, ...remainder].join('/')}`.replace(/\/$/, '');
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
