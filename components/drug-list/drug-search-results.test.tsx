import { createTranslator } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { loadPlan } from '@/lib/content/plan';
import type { DrugEntry, DrugResult, DrugSearch } from '@/lib/formulary/types';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { DrugSearchResults } from './drug-search-results';

const plan = loadPlan();
const phoneDigits = (plan.phones.customerService?.number ?? '').replace(/\D/g, '');

/** A covered, plan-paid product with no rules; each test changes only what it is about. */
const product = (changes: Partial<DrugEntry> = {}): DrugEntry => ({
  rxnormCode: '861007',
  genericName: 'metformin hydrochloride',
  brandNames: ['Glucophage'],
  otherNames: [],
  productName: 'metformin hydrochloride 500 MG Oral Tablet',
  doseForm: 'Oral Tablet',
  covered: true,
  payer: 'plan',
  genericAvailable: true,
  priorAuthorization: false,
  stepTherapy: false,
  quantityLimit: null,
  specialtyPharmacy: false,
  ...changes,
});

const result = (products: DrugEntry[], match: Partial<DrugResult> = {}): DrugResult => ({
  genericName: products[0]?.genericName ?? '',
  matchedName: products[0]?.genericName ?? '',
  matchKind: 'generic',
  products,
  ...match,
});

const search = (query: string, results: DrugResult[]): DrugSearch => ({ query, results, listUpdatedAt: new Date('2026-12-01T12:00:00Z'), isSample: false });

/** The page's text as a member reads it (tags dropped, whitespace tidied), and its markup. */
function render(locale: Locale, drugSearch: DrugSearch) {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : es, namespace: 'DrugList' });
  const html = renderToStaticMarkup(<DrugSearchResults t={t} plan={plan} locale={locale} search={drugSearch} />);
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('drug list results, in words a member reads', () => {
  it('says a covered drug is covered, that the plan pays, that nothing else is needed, and who to call', () => {
    const { text, html } = render('en', search('metformin', [result([product()])]));
    expect(text).toContain('1 medicine found');
    expect(text).toContain('metformin hydrochloride 500 MG Oral Tablet');
    expect(text).toContain(`Covered ${plan.name} pays for it.`);
    expect(text).toContain('Nothing extra.');
    expect(html).toContain(`href="tel:+1${phoneDigits}"`);
    expect(text).not.toContain('If your medicine is not on the list');
    const spanish = render('es', search('metformina', [result([product()])])).text;
    expect(spanish).toContain('Se encontró 1 medicamento');
    expect(spanish).toContain(`Cubierto ${plan.name} lo paga.`);
    expect(spanish).toContain('Nada más.');
  });

  it('leads from a brand name to its generic', () => {
    const found = search('Glucophage', [result([product()], { matchedName: 'Glucophage', matchKind: 'brand' })]);
    expect(render('en', found).text).toContain('Glucophage is a brand name. The generic name is metformin hydrochloride.');
    expect(render('es', found).text).toContain('Glucophage es un nombre de marca. El nombre genérico es metformin hydrochloride.');
  });

  it('says a misspelled search found the closest match', () => {
    const found = search('metformn', [result([product()], { matchedName: 'metformin hydrochloride', matchKind: 'forgiving' })]);
    expect(render('en', found).text).toContain('This is the closest match to “metformn”.');
    expect(render('es', found).text).toContain('Este es el resultado más parecido a «metformn».');
  });

  it('tells the member their provider must get approval first, and about a quantity limit', () => {
    const entry = product({ priorAuthorization: true, quantityLimit: '30 tablets per 30 days' });
    const { text } = render('en', search('metformin', [result([entry])]));
    expect(text).toContain('What you or your provider need to do');
    expect(text).toContain('It needs approval first (prior authorization).');
    expect(text).toContain('You can only get a certain amount at a time: 30 tablets per 30 days.');
    expect(text).not.toContain('Nothing extra.');
    const spanish = render('es', search('metformina', [result([entry])])).text;
    expect(spanish).toContain('Necesita aprobación antes (autorización previa).');
    expect(spanish).toContain('Solo puede recibir cierta cantidad a la vez: 30 tablets per 30 days.');
  });

  it('names step therapy and a specialty pharmacy', () => {
    const { text } = render('en', search('x', [result([product({ stepTherapy: true, specialtyPharmacy: true })])]));
    expect(text).toContain('(step therapy)');
    expect(text).toContain('specialty pharmacy');
    expect(render('es', search('x', [result([product({ stepTherapy: true, specialtyPharmacy: true })])])).text).toContain('(terapia escalonada)');
  });

  it('says the state, not the plan, pays for a mental-health drug, and that the pharmacy still fills it', () => {
    const entry = product({ genericName: 'sertraline', productName: 'sertraline 50 MG Oral Tablet', payer: 'state' });
    const { text } = render('en', search('sertraline', [result([entry])]));
    expect(text).toContain(`The State of Oregon (the Oregon Health Authority) pays for it, not ${plan.name}.`);
    expect(text).toContain('You still get it at your pharmacy');
    expect(text).not.toContain(`Covered ${plan.name} pays for it.`);
    expect(render('es', search('sertralina', [result([entry])])).text).toContain(
      `Lo paga el Estado de Oregón (la Autoridad de Salud de Oregón), no ${plan.name}.`,
    );
  });

  it('says plainly when a drug is not covered, without rules to follow, and explains exceptions and appeals', () => {
    const entry = product({ covered: false, priorAuthorization: true });
    const { text, html } = render('en', search('metformin', [result([entry])]));
    expect(text).toContain('Not covered It is not on the drug list.');
    expect(text).not.toContain('prior authorization');
    expect(text).toContain('If your medicine is not on the list');
    expect(text).toContain('This is called an exception.');
    expect(html).toContain('href="/en/complaints-and-appeals"');
    const spanish = render('es', search('metformina', [result([entry])]));
    expect(spanish.text).toContain('No cubierto No está en la lista de medicamentos.');
    expect(spanish.text).toContain('Esto se llama una excepción.');
    expect(spanish.html).toContain('href="/es/complaints-and-appeals"');
  });

  it('with no results, says the name was not found, suggests checking the spelling, and explains the options', () => {
    const { text, html } = render('en', search('qqzzxv', []));
    expect(text).toContain('We did not find “qqzzxv” on the drug list');
    expect(text).toContain('No medicines found');
    expect(text).toContain('Check the spelling');
    expect(text).toContain('If your medicine is not on the list');
    expect(html).toContain('href="/en/medicines"');
    const spanish = render('es', search('qqzzxv', [])).text;
    expect(spanish).toContain('No encontramos «qqzzxv» en la lista de medicamentos');
    expect(spanish).toContain('No se encontraron medicamentos');
    expect(spanish).toContain('Si su medicamento no está en la lista');
  });

  it('escapes what the member typed', () => {
    const { html } = render('en', search('<script>alert(1)</script>', []));
    expect(html).not.toContain('<script>');
  });
});
