import { routing } from '@/i18n/routing';
import { planPhoneName } from './check-phones';
import { normalizeInternalPath } from './routes';
import type { Plan } from './schemas';

const LOCALE_PREFIX = new RegExp(`^/(${routing.locales.join('|')})(?=$|[/?#])`);

/**
 * What is wrong with a link in content, or undefined when it is fine.
 * Site pages are written without the language ("/contact"); other websites use https://.
 */
export function linkProblem(url: string, known: ReadonlySet<string>, plan?: Plan): string | undefined {
  const href = url.trim();
  if (href === '') return 'the link has no address: write a page address like /contact or a full https:// address';
  const prefix = LOCALE_PREFIX.exec(href);
  if (prefix) {
    const withoutLanguage = href.slice(prefix[0].length) || '/';
    return `leave out the language: write ${withoutLanguage} instead of ${href} (the site adds /${prefix[1]} for you)`;
  }
  if (href.startsWith('//')) return `write the full address starting with https:// instead of ${href}`;
  if (href.startsWith('/')) {
    const target = normalizeInternalPath(href);
    if (known.has(target)) return undefined;
    return `there is no page at ${target}. Pages you can link to: ${[...known].sort().join(', ')}`;
  }
  if (href.startsWith('#') || href.startsWith('https://') || href.startsWith('mailto:')) return undefined;
  if (href.startsWith('http://')) return `use https:// instead of http:// (${href})`;
  if (href.startsWith('tel:')) {
    const name = planPhoneName(href.slice('tel:'.length), plan);
    return name
      ? `write <Phone name="${name}" /> instead of a tel: link`
      : 'do not write tel: links: add this number to content/plan.yaml under phones: and use <Phone name="..." /> with its key';
  }
  return `start links to pages on this site with / (like /contact) and links to other websites with https:// (not "${href}")`;
}
