import Link from 'next/link';
import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { sectionAnchorOf } from '@/lib/content/anchors';
import { telHref } from '@/lib/phone-numbers';
import type { Plan } from '@/lib/content/schemas';
import { localizeHref } from '../mdx/content-link';

/** Where the "urgent care or the ER?" task goes: the care guide's section on the primary care page. */
function careGuideHref(locale: Locale): string {
  const anchor = sectionAnchorOf(locale, 'primary-care', 'CareGuide');
  return anchor ? `/primary-care#${anchor}` : '/primary-care';
}

type HomeTask = { key: 'findProvider' | 'rides' | 'medicines' | 'urgentCare' | 'callUs' | 'complaints'; href: string };

/**
 * The six things members come for, in the order the home page lists them. Labels are messages under
 * "HomeTasks"; "callUs" dials Customer Service from plan.yaml.
 */
export function homeTasks(locale: Locale, plan: Plan): HomeTask[] {
  return [
    { key: 'findProvider', href: localizeHref('/find-a-provider', locale) },
    { key: 'rides', href: localizeHref('/rides', locale) },
    { key: 'medicines', href: localizeHref('/medicines', locale) },
    { key: 'urgentCare', href: localizeHref(careGuideHref(locale), locale) },
    { key: 'callUs', href: telHref(plan.phones.customerService?.number ?? '') },
    { key: 'complaints', href: localizeHref('/complaints-and-appeals', locale) },
  ];
}

const tile =
  'flex h-full min-h-12 items-center justify-between gap-2 rounded-lg border-2 border-brand-700 bg-brand-50 px-3 py-1.5 text-base font-bold leading-snug text-brand-900 no-underline hover:bg-brand-100 hover:text-brand-900';

/**
 * Big links to the six tasks, first on the home page so a member on a phone reaches each in one tap.
 * Columns are sized in rem: at 320 px, or with text at 200%, the tiles stack in one column.
 */
export async function HomeTasks({ locale, plan }: { locale: Locale; plan: Plan }) {
  const t = await getTranslations({ locale, namespace: 'HomeTasks' });
  const customerService = plan.phones.customerService?.number ?? '';
  return (
    <nav aria-labelledby="home-tasks-heading" className="mt-3">
      <h2 id="home-tasks-heading" className="text-lg font-bold text-brand-900">
        {t('heading')}
      </h2>
      <ul className="mt-2 grid list-none gap-2 p-0 [grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))]">
        {homeTasks(locale, plan).map((task) => {
          const content = (
            <>
              <span>
                {t(task.key)}
                {task.key === 'callUs' && (
                  <span dir="ltr" className="ml-1 whitespace-nowrap font-semibold">
                    {customerService}
                  </span>
                )}
              </span>
              <span aria-hidden="true" className="text-2xl leading-none">
                ›
              </span>
            </>
          );
          return (
            <li key={task.key}>
              {task.href.startsWith('tel:') ? (
                <a href={task.href} className={tile}>
                  {content}
                </a>
              ) : (
                <Link prefetch={false} href={task.href} className={tile}>
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
