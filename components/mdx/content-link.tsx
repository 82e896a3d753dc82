import Link from 'next/link';
import type { AnchorHTMLAttributes } from 'react';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/alternates';

/** Content links are written without the language ("/contact"); the page's language is added here. */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return localePath(locale, href);
}

export function ContentLink({ href = '', locale, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { locale: Locale }) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link prefetch={false} href={localizeHref(href, locale)} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
