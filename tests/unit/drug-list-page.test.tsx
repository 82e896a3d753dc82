import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPlan } from '@/lib/content/plan';
import type { DrugSearch } from '@/lib/formulary/types';

// The page composes; what it is given is mocked: the search (drugs-core's service), the database
// check the page makes after a failure.
const searchDrugList = vi.fn<(query: string) => Promise<DrugSearch>>();
const databaseAnswers = vi.fn<() => Promise<boolean>>();
vi.mock('@/lib/formulary/service', () => ({ searchDrugList: (query: string) => searchDrugList(query) }));
vi.mock('@/lib/directory/health', () => ({ directoryAnswersNow: () => databaseAnswers() }));
// The page's translators (i18n/translations.ts) need no request; only setRequestLocale does.
vi.mock('next-intl/server', () => ({ setRequestLocale: () => {} }));

const { default: DrugListPage } = await import('@/app/[locale]/drug-list/page');

const plan = loadPlan();
const emptyList = (query: string, changes: Partial<DrugSearch> = {}): DrugSearch => ({
  query,
  results: [],
  listUpdatedAt: new Date('2026-12-01T07:30:00Z'),
  isSample: true,
  ...changes,
});

async function renderPage(locale: 'en' | 'es', searchParams: Record<string, string>) {
  const element = await DrugListPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(searchParams) });
  const html = renderToStaticMarkup(element);
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

beforeEach(() => {
  searchDrugList.mockReset();
  databaseAnswers.mockReset();
});

describe('the drug list page', () => {
  it('on a first visit shows the form, the sample-data notice and the date in Oregon, and searches nothing the member typed', async () => {
    searchDrugList.mockImplementation(async (query) => emptyList(query));
    const { html, text } = await renderPage('en', {});
    expect(searchDrugList).toHaveBeenCalledWith('');
    expect(html).toContain('action="/en/drug-list"');
    expect(text).toContain('This drug list is showing sample data for testing.');
    // 07:30 UTC on December 1 is still November 30 in Oregon.
    expect(text).toContain('The drug list was last updated on Nov 30, 2026.');
    expect(html).toContain('href="/api/drug-list/Basic.ndjson"');
    expect(text).not.toContain('medicines found');
  });

  it('says nothing about sample data once the real list is loaded', async () => {
    searchDrugList.mockImplementation(async (query) => emptyList(query, { isSample: false, listUpdatedAt: null }));
    const { html, text } = await renderPage('es', { q: 'metformina' });
    expect(html).not.toContain('sample-data-notice');
    expect(text).not.toContain('se actualizó');
    expect(text).toContain('No encontramos «metformina» en la lista de medicamentos');
  });

  it('refuses a control character in Spanish, shows what was typed without it, and does not search it', async () => {
    searchDrugList.mockImplementation(async (query) => emptyList(query));
    const { html, text } = await renderPage('es', { q: 'metf\u0000ormina' });
    expect(searchDrugList).toHaveBeenCalledWith('');
    expect(text).toContain('La búsqueda tenía un carácter que no se puede escribir con un teclado');
    expect(html).toContain('value="metformina"');
    expect(html).toContain('aria-invalid="true"');
  });

  it('during an outage says so with the number to call and a link back to the same search', async () => {
    searchDrugList.mockRejectedValue(new Error('connection refused'));
    databaseAnswers.mockResolvedValue(false);
    const { html, text } = await renderPage('en', { q: 'metformin' });
    expect(text).toContain('The drug list is not working right now');
    expect(html).toContain(`>${plan.phones.customerService?.number}</a>`);
    expect(html).toContain('href="/en/drug-list?q=metformin"');
    expect(text).not.toContain('connection refused');
  });

  it('lets a fault of ours reach the error page when the database answers', async () => {
    searchDrugList.mockRejectedValue(new TypeError('bug'));
    databaseAnswers.mockResolvedValue(true);
    await expect(renderPage('en', { q: 'metformin' })).rejects.toThrow('bug');
  });
});
