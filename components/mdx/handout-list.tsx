import Link from 'next/link';
import type { Locale } from '@/i18n/routing';
import type { Handout } from '@/lib/content/handouts';
import { localePath } from '@/i18n/alternates';

export type HandoutListStrings = {
  pdfLink: (values: { title: string; language: string; size: string }) => string;
  languageName: (locale: Locale) => string;
};

type HandoutListProps = { locale: Locale; handouts: Handout[]; strings: HandoutListStrings };

export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
  return bytes >= 1_000_000 ? format(bytes / 1_000_000, 'megabyte') : format(Math.max(1, Math.round(bytes / 1000)), 'kilobyte');
}

export function HandoutList({ locale, handouts, strings }: HandoutListProps) {
  return (
    <ul className="not-prose my-6 space-y-4">
      {handouts.map((handout) => (
        <li key={handout.slug} className="rounded-lg border-2 border-gray-300 p-4">
          <h2 className="text-xl font-bold">
            <Link prefetch={false} href={localePath(locale, `/handouts/${handout.slug}`)}>
              {handout.title}
            </Link>
          </h2>
          <p className="mt-1 text-lg">{handout.description}</p>
          {handout.pdfs.length > 0 ? (
            <ul className="mt-2 space-y-1">
              {handout.pdfs.map((pdf) => (
                <li key={pdf.locale}>
                  <a href={pdf.href} hrefLang={pdf.locale} type="application/pdf" className="text-lg">
                    {strings.pdfLink({
                      title: handout.title,
                      language: strings.languageName(pdf.locale),
                      size: formatFileSize(pdf.bytes, locale),
                    })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
