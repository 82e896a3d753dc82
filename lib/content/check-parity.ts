import { routing, type Locale } from '@/i18n/routing';
import type { ChecklistInfo } from './check-mdx';
import type { ContentIssue } from './issues';
import { HOME_SLUG, pageFilePath } from './pages';
import { displayPath } from './paths';

/** A page that was checked; checklists are known when it could be parsed. */
export type CheckedPage = { file: string; checklists?: ChecklistInfo[] };

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };
const languageName = (locale: string) => LANGUAGE_NAMES[locale] ?? locale;

/** Every page exists in every language; the welcome page exists. */
export function pageParity(pages: Map<Locale, Map<string, CheckedPage>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const allSlugs = new Set([...pages.values()].flatMap((checked) => [...checked.keys()]));
  for (const slug of [...allSlugs].sort()) {
    const present = routing.locales.filter((locale) => pages.get(locale)?.has(slug));
    const existing = present[0];
    if (!existing) continue;
    for (const locale of routing.locales.filter((l) => !present.includes(l))) {
      issues.push({
        file: displayPath(pageFilePath(existing, slug)),
        message: `there is no ${languageName(locale)} version of this page: create ${displayPath(pageFilePath(locale, slug))} (the same file name, translated)`,
      });
    }
  }
  if (!allSlugs.has(HOME_SLUG)) {
    issues.push({ file: displayPath(pageFilePath(routing.defaultLocale, HOME_SLUG)), message: 'the welcome page is missing: create it (and its translations)' });
  }
  return issues;
}

/** Checklist ids are unique per language across pages, and each page's checklists have the same Step ids in every language. */
export function checklistParity(pages: Map<Locale, Map<string, CheckedPage>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const checked of pages.values()) {
    const owners = new Map<string, string>();
    for (const page of checked.values()) {
      for (const checklist of page.checklists ?? []) {
        const owner = owners.get(checklist.id);
        if (owner && owner !== page.file) {
          issues.push({ file: page.file, line: checklist.line, field: 'id', message: `the checklist id "${checklist.id}" is also used in ${owner}: give each checklist its own id, or members' check marks are shared` });
        } else owners.set(checklist.id, page.file);
      }
    }
  }

  const reference = pages.get(routing.defaultLocale);
  for (const [locale, checked] of pages) {
    if (locale === routing.defaultLocale || !reference) continue;
    for (const [slug, page] of checked) {
      const base = reference.get(slug);
      if (!base?.checklists || !page.checklists) continue;
      const at = (line?: number) => (line ? `${base.file}:${line}` : base.file);
      for (const expected of base.checklists) {
        const actual = page.checklists.find((item) => item.id === expected.id);
        if (!actual) {
          issues.push({ file: page.file, field: 'id', message: `add <Checklist id="${expected.id}"> with the same steps as ${at(expected.line)}: ids stay the same in every language` });
          continue;
        }
        for (const [stepId, line] of expected.steps) {
          if (!actual.steps.has(stepId)) {
            issues.push({ file: page.file, line: actual.line, field: 'id', message: `add <Step id="${stepId}"> to this checklist, as in ${at(line)}: Step ids stay the same in every language` });
          }
        }
        for (const [stepId, line] of actual.steps) {
          if (!expected.steps.has(stepId)) {
            issues.push({ file: page.file, line, field: 'id', message: `there is no <Step id="${stepId}"> in ${at(expected.line)}: use the same Step ids as the ${languageName(routing.defaultLocale)} page (changing an id clears members' check marks)` });
          }
        }
      }
      for (const extra of page.checklists.filter((item) => !base.checklists?.some((b) => b.id === item.id))) {
        issues.push({ file: page.file, line: extra.line, field: 'id', message: `there is no <Checklist id="${extra.id}"> in ${base.file}: use the same ids as the ${languageName(routing.defaultLocale)} page` });
      }
    }
  }
  return issues;
}
