import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { knownPaths } from '@/lib/content/routes';
import { lookingForCodes } from './schema';
import { topicPages } from './topic-pages';

/**
 * Every reason to visit that the survey offers leads to a page that answers it, in every language:
 * a content page (content/<locale>/<slug>.mdx) or a page the app serves (the provider search).
 */
describe('survey topics lead to pages', () => {
  it('maps every topic the survey offers, and no other', () => {
    expect(Object.keys(topicPages).sort()).toEqual([...lookingForCodes].sort());
  });

  for (const locale of routing.locales) {
    it.each(lookingForCodes)(`%s has its page in ${locale}`, (topic) => {
      expect(knownPaths(locale), `${topicPages[topic]} is not a page in content/${locale}/ or app/[locale]/`).toContain(topicPages[topic]);
    });
  }

  it('sends different topics to different pages, except "something else"', () => {
    const pages = lookingForCodes.filter((topic) => topic !== 'other').map((topic) => topicPages[topic]);
    expect(new Set(pages).size).toBe(pages.length);
  });
});
