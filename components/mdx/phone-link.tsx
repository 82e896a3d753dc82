import type { ReactNode } from 'react';
import type { Plan } from '@/lib/content/schemas';
import { telHref } from '@/lib/phone-numbers';

type PhoneLinkProps = { number: string; label?: string; className?: string };

/** A tap-to-call link that never wraps mid-number. */
export function PhoneLink({ number, label, className }: PhoneLinkProps) {
  return (
    // dir="ltr" keeps 541-500-0567 in order inside right-to-left text (Arabic, Persian taglines).
    <a href={telHref(number)} dir="ltr" className={`whitespace-nowrap font-semibold ${className ?? ''}`}>
      {label ?? number}
    </a>
  );
}

/** Values for messages like "Call <phone>{number}</phone> (<tty>TTY {tty}</tty>)". */
export function callValues(plan: Plan, phone = 'customerService') {
  const number = plan.phones[phone]?.number ?? plan.phones.customerService?.number ?? '';
  const tty = plan.phones.tty?.number ?? '';
  return {
    number,
    tty,
    phone: (chunks: ReactNode) => (
      <a href={telHref(number)} className="whitespace-nowrap font-semibold">
        {chunks}
      </a>
    ),
    ttyLink: (chunks: ReactNode) => (
      <a href={telHref(tty)} className="whitespace-nowrap font-semibold">
        {chunks}
      </a>
    ),
  };
}
