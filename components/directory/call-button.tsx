import { telHref } from '@/lib/phone-numbers';

/**
 * "Call 541-555-0100" as a large tap target. With large text on a narrow phone it wraps between the
 * word and the number, never inside the number, so it never runs off the screen (WCAG 1.4.4, 1.4.10).
 */
export function CallButton({ number, callLabel, className }: { number: string; callLabel: string; className: string }) {
  return (
    <a href={telHref(number)} className={`inline-block max-w-full font-semibold no-underline ${className}`}>
      {callLabel}{' '}
      <span dir="ltr" className="whitespace-nowrap">
        {number}
      </span>
    </a>
  );
}
