import { Fragment } from 'react';
import { textDirection } from '@/lib/content/taglines';
import type { Tagline } from '@/lib/content/schemas';
import { PhoneLink } from './phone-link';

type LanguageTaglinesProps = { taglines: Tagline[]; phone: string; tty: string; listLabel: string };

/** Each tagline is marked with its own language and direction so screen readers pronounce it right. */
export function LanguageTaglines({ taglines, phone, tty, listLabel }: LanguageTaglinesProps) {
  return (
    <ul id="taglines" aria-label={listLabel} className="not-prose my-6 grid grid-cols-[minmax(0,1fr)] gap-3 md:grid-cols-2">
      {taglines.map((tagline) => (
        <li
          key={tagline.lang}
          lang={tagline.lang}
          dir={textDirection(tagline.lang)}
          className="min-w-0 rounded-md border border-gray-300 p-4 [overflow-wrap:anywhere]"
        >
          <p className="text-lg font-bold">
            {tagline.language}
            <span lang="en" dir="ltr" className="ml-2 text-base font-normal text-muted">
              ({tagline.english})
            </span>
          </p>
          <p className="mt-1 text-lg">{fillNumbers(tagline.text, phone, tty)}</p>
        </li>
      ))}
    </ul>
  );
}

function fillNumbers(text: string, phone: string, tty: string) {
  return text.split(/(\{phone\}|\{tty\})/).map((part, index) => {
    if (part === '{phone}') return <PhoneLink key={index} number={phone} />;
    if (part === '{tty}') return <PhoneLink key={index} number={tty} />;
    return <Fragment key={index}>{part}</Fragment>;
  });
}
