import { describe, expect, it } from 'vitest';
import { loadPlan } from '@/lib/content/plan';
import { drugListUnavailableResponse } from './drug-list-unavailable-response';

describe('the drug list outage page', () => {
  it("answers 503 in the member's language with the Customer Service number to tap and a way back to the same search", async () => {
    const number = loadPlan().phones.customerService?.number ?? '';
    const response = drugListUnavailableResponse('es', '/es/drug-list?q=metformina&x="><b>');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    const html = await response.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('La lista de medicamentos no funciona en este momento');
    expect(html).toContain(`<a href="tel:+1${number.replace(/\D/g, '')}">${number}</a>`);
    expect(html).toContain('href="/es/drug-list?q=metformina&amp;x=&quot;&gt;&lt;b&gt;"');
    expect(html).not.toContain('"><b>');
    const english = await drugListUnavailableResponse('en', '/en/drug-list').text();
    expect(english).toContain('The drug list is not working right now');
  });
});
