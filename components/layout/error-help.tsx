'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { ErrorHelp } from '@/lib/content/error-help';
import { telHref } from '@/lib/phone-numbers';
import { localePath } from '@/i18n/alternates';

/** Baked in at build time by next.config.ts from content/plan.yaml and messages/ (see lib/content/error-help). */
// eslint-disable-next-line no-restricted-properties -- a build-time constant next.config.ts inlines, not a setting read at run time
const help = JSON.parse(process.env.ERROR_HELP ?? '{}') as Partial<ErrorHelp>;

/** "call {number} (TTY {tty})" with both numbers as tap-to-call links. */
function withPhoneLinks(text: string, phone: string, tty: string): ReactNode[] {
  return text.split(/(\{number\}|\{tty\})/).map((part, index) => {
    if (part === '{number}' || part === '{tty}') {
      const number = part === '{number}' ? phone : tty;
      return (
        <a key={index} href={telHref(number)} dir="ltr" className="whitespace-nowrap font-semibold">
          {number}
        </a>
      );
    }
    return part;
  });
}

/**
 * The branded message when a page fails unexpectedly: in the member's language, with a person to
 * call and a way to try again. Never shows the error itself.
 */
export function ErrorHelpPanel({ locale, onRetry, headingLevel = 1 }: { locale: Locale; onRetry: () => void; headingLevel?: 1 | 2 }) {
  const text = help.text?.[locale];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!text) return null;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section lang={locale} className="mx-auto max-w-3xl space-y-4 px-4 py-12 text-lg">
      <Heading ref={heading} tabIndex={-1} className="text-3xl font-extrabold text-brand-900 outline-none">
        {text.title}
      </Heading>
      <p>{text.body}</p>
      <p>{withPhoneLinks(text.callUs, help.phone ?? '', help.tty ?? '')}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={onRetry} className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-bold text-white">
          {text.retry}
        </button>
        <a href={localePath(locale, '/')} className="font-semibold">
          {text.home}
        </a>
      </div>
    </section>
  );
}
