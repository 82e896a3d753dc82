import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { compileMdxWithOutline } from '@/lib/content/mdx';
import { loadPage } from '@/lib/content/pages';
import { buildSiteIndex, searchSiteIndex, type SiteIndex, type SiteSearchHit } from './site-index';

/**
 * Real member phrasings and the page each must put first, over the shipped content/ (read the
 * pages before changing one). Compared without the #section, which the next test covers.
 */
const firstPages: [Locale, string, string][] = [
  ['en', 'meds', '/en/medicines'],
  ['en', 'drug list', '/en/medicines'],
  ['en', 'pharmacy', '/en/medicines'],
  ['en', 'pregnant', '/en/pregnancy'],
  ['en', 'ride to the doctor', '/en/rides'],
  ['en', 'transportation', '/en/rides'],
  ['en', 'dentist', '/en/dental'],
  ['en', 'crisis', '/en/mental-health'],
  ['en', 'interpreter', '/en/contact'],
  ['en', 'sign language', '/en/language-assistance'],
  ['en', 'renew my OHP', '/en/keep-your-coverage'],
  ['en', 'renew OHP', '/en/keep-your-coverage'],
  ['en', 'ER', '/en/handouts/pcp-urgent-care-er'],
  ['en', 'urgent care', '/en/handouts/pcp-urgent-care-er'],
  ['en', 'new member', '/en/getting-started'],
  ['en', 'lost my card', '/en/keep-your-coverage'],
  ['en', 'wheelchair', '/en/handouts/medical-equipment'],
  ['en', 'change my doctor', '/en/choosing-a-provider'],
  ['en', 'counselor', '/en/mental-health'],
  ['en', 'complaint', '/en/complaints-and-appeals'],
  ['en', 'appeal a denial', '/en/complaints-and-appeals'],
  ['en', 'discrimination', '/en/language-assistance'],
  ['en', 'privacy', '/en/privacy'],
  ['en', 'what is covered', '/en/benefits'],
  ['en', 'what is a CCO', '/en/coordinated-care'],
  ['en', 'flu shot', '/en/primary-care'],
  ['es', 'embarazada', '/es/pregnancy'],
  ['es', 'medicamento', '/es/medicines'],
  ['es', 'medicinas', '/es/medicines'],
  ['es', 'farmacia', '/es/medicines'],
  ['es', 'transporte', '/es/rides'],
  ['es', 'dentista', '/es/dental'],
  ['es', 'crisis', '/es/mental-health'],
  ['es', 'intérprete', '/es/choosing-a-provider'],
  ['es', 'interprete', '/es/choosing-a-provider'],
  ['es', 'cambiar de doctor', '/es/choosing-a-provider'],
  ['es', 'sala de emergencias', '/es/handouts/pcp-urgent-care-er'],
  ['es', 'miembro nuevo', '/es/getting-started'],
  ['es', 'silla de ruedas', '/es/handouts/medical-equipment'],
  ['es', 'queja', '/es/complaints-and-appeals'],
  ['es', 'apelación', '/es/complaints-and-appeals'],
  ['es', 'psiquiatra', '/es/mental-health'],
  ['es', 'qué es una CCO', '/es/coordinated-care'],
  ['es', 'tarjeta de OHP', '/es/keep-your-coverage'],
  ['es', 'renovar OHP', '/es/keep-your-coverage'],
];

const indexes = new Map<Locale, SiteIndex>();
const pageOf = (hit: SiteSearchHit | undefined) => hit?.href.split('#')[0];

beforeAll(async () => {
  for (const locale of ['en', 'es'] as const) indexes.set(locale, await buildSiteIndex(locale));
});

async function find(locale: Locale, query: string): Promise<SiteSearchHit[]> {
  const index = indexes.get(locale);
  if (!index) throw new Error(`no ${locale} index`);
  return searchSiteIndex(index, query);
}

describe('ranking over the shipped content', () => {
  it.each(firstPages)('%s "%s" puts %s first', async (locale, query, expected) => {
    expect(pageOf((await find(locale, query))[0])).toBe(expected);
  });

  it('indexes every page and handout of a language, each page once in the results', async () => {
    const hits = await find('en', 'care');
    expect(new Set(hits.map(pageOf)).size).toBe(hits.length);
    expect(indexes.get('en')?.pages.filter((page) => page.kind === 'handout').length).toBeGreaterThanOrEqual(3);
  });

  it('highlights the matched words, stems and all, in the snippet', async () => {
    const [first] = await find('es', 'medicamento');
    expect(first?.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase())).toContain('medicamentos');
    const [pregnancy] = await find('en', 'pregnant');
    expect(pregnancy?.snippet.some((segment) => segment.match && /pregnan/i.test(segment.text))).toBe(true);
  });

  it('finds nothing for words on no page, and for a query of only little words or symbols', async () => {
    expect(await find('en', 'qwxzk plorf')).toEqual([]);
    expect(await find('en', 'the of and')).toEqual([]);
    expect(await find('es', '%%% ¿¿ !!')).toEqual([]);
  });

  it('forgives one typo in a longer word when nothing matches exactly', async () => {
    expect(pageOf((await find('en', 'wheelchar'))[0])).toBe('/en/handouts/medical-equipment');
  });

  it('links to the same heading ids as the rendered page', async () => {
    let checked = 0;
    for (const locale of ['en', 'es'] as const) {
      for (const page of indexes.get(locale)?.pages ?? []) {
        const { headings } = await compileMdxWithOutline(loadPage(locale, page.slug).source, page.slug);
        const idOf = new Map(headings.map((heading) => [heading.text, heading.id]));
        for (const section of page.sections.filter((candidate) => candidate.heading && idOf.has(candidate.heading))) {
          expect(section.anchor, `${locale}/${page.slug}: ${section.heading}`).toBe(idOf.get(section.heading ?? ''));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('accents and stems on a page of its own', () => {
  it('finds "José" from "Jose" and "medicamentos" from "medicamento"', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-search-'));
    const saved = process.env.CONTENT_DIR;
    try {
      fs.copyFileSync(path.join(process.cwd(), 'content', 'plan.yaml'), path.join(root, 'plan.yaml'));
      fs.mkdirSync(path.join(root, 'es'), { recursive: true });
      const page = (title: string, body: string) =>
        `---\ntitle: ${title}\ndescription: Una página de prueba con suficientes palabras para la descripción del sitio.\nlastReviewed: 2026-11-20\nsources:\n  - title: Página de prueba\n    url: https://example.org/prueba\n    read: 2026-11-20\n---\n\n${body}\n`;
      fs.writeFileSync(path.join(root, 'es', 'home.mdx'), page('Bienvenida', 'Hola.'));
      fs.writeFileSync(path.join(root, 'es', 'staff.mdx'), page('Nuestro equipo', '## José y María\n\nJosé le ayuda con sus medicamentos.'));
      process.env.CONTENT_DIR = root;
      const index = await buildSiteIndex('es');
      const [hit] = await searchSiteIndex(index, 'Jose medicamento');
      expect(hit?.href).toBe('/es/staff#josé-y-maría');
      expect(hit?.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['José', 'medicamentos']);
      expect(hit?.section).toBe('José y María');
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
