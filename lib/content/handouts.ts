import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { contentDir } from './paths';
import { HANDOUTS_DIR, listHandoutSlugs, loadPage } from './pages';

export type HandoutPdf = { locale: Locale; href: string; bytes: number };
export type Handout = { slug: string; title: string; description: string; pdfs: HandoutPdf[] };

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function handoutPdfPath(locale: string, slug: string): string | undefined {
  if (!(routing.locales as readonly string[]).includes(locale) || !SAFE_NAME.test(slug)) return undefined;
  const file = path.join(contentDir(), locale, HANDOUTS_DIR, `${slug}.pdf`);
  return fs.existsSync(file) ? file : undefined;
}

export function handoutPdfHref(locale: Locale, slug: string): string {
  return `/files/handouts/${locale}/${slug}.pdf`;
}

/** A handout's PDFs in every language, the page's own language first. */
export function handoutPdfs(locale: Locale, slug: string): HandoutPdf[] {
  const order = [locale, ...routing.locales.filter((other) => other !== locale)];
  return order.flatMap((pdfLocale) => {
    const file = handoutPdfPath(pdfLocale, slug);
    return file ? [{ locale: pdfLocale, href: handoutPdfHref(pdfLocale, slug), bytes: fs.statSync(/*turbopackIgnore: true*/ file).size }] : [];
  });
}

export function listHandouts(locale: Locale): Handout[] {
  return listHandoutSlugs(locale).map((slug) => {
    const { frontmatter } = loadPage(locale, `${HANDOUTS_DIR}/${slug}`);
    return { slug, title: frontmatter.title, description: frontmatter.description, pdfs: handoutPdfs(locale, slug) };
  });
}
