import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Work handed to next/server's after(), run when the test says the response has been sent. */
const afterResponse: (() => unknown)[] = [];
const recordMiss = vi.fn();

vi.mock('next/server', () => ({ after: (task: () => unknown) => afterResponse.push(task) }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.7' }) }));
vi.mock('@/lib/db', () => ({ getDb: () => ({}) }));
vi.mock('./misses', () => ({ recordSiteSearchMiss: recordMiss }));

const { searchSite } = await import('./service');

async function sendResponse() {
  await Promise.all(afterResponse.splice(0).map((task) => task()));
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  recordMiss.mockReset();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

describe('searchSite', () => {
  it('counts a search that found nothing once the response is sent', async () => {
    recordMiss.mockResolvedValue('hidden');
    const outcome = await searchSite('en', '  Qwxzk   PLORF ');
    expect(outcome.hits).toEqual([]);
    expect(outcome.query.text).toBe('Qwxzk PLORF');
    expect(recordMiss).not.toHaveBeenCalled();
    await sendResponse();
    expect(recordMiss).toHaveBeenCalledTimes(1);
    expect(recordMiss.mock.calls[0]?.[1]).toEqual({ locale: 'en', query: 'Qwxzk PLORF', visitor: '203.0.113.7', inVocabulary: false });
  });

  it("tells the counter when every word of a miss is the site's own", async () => {
    recordMiss.mockResolvedValue('readable');
    expect((await searchSite('es', 'para el')).hits).toEqual([]);
    await sendResponse();
    expect(recordMiss.mock.calls[0]?.[1]).toMatchObject({ locale: 'es', inVocabulary: true });
  });

  it('still answers when the database is down, and logs only the kind of error, never the words', async () => {
    recordMiss.mockRejectedValue(Object.assign(new Error('cannot reach the server for "zorblat vexing"'), { name: 'DriverAdapterError' }));
    const outcome = await searchSite('es', 'zorblat vexing');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions.length).toBeGreaterThan(0);
    await sendResponse();
    expect(errors).toHaveBeenCalledWith('site search miss not counted: DriverAdapterError');
    expect(JSON.stringify(errors.mock.calls)).not.toMatch(/zorblat/);
  });

  it('counts nothing for a search that found pages, an empty one, or one with personal details', async () => {
    expect((await searchSite('en', 'meds')).hits.length).toBeGreaterThan(0);
    expect((await searchSite('en', ['', '   '])).query.text).toBe('');
    await sendResponse();
    expect(recordMiss).not.toHaveBeenCalled();
  });

  it('refuses a query with a NUL byte: nothing searched, nothing counted, the rest shown back', async () => {
    const outcome = await searchSite('en', 'me\u0000ds');
    expect(outcome.query).toMatchObject({ text: 'meds', refused: true });
    expect(outcome.hits).toEqual([]);
    await sendResponse();
    expect(recordMiss).not.toHaveBeenCalled();
  });

  it('cuts a 1,000-character query and offers the provider search for a kind of provider', async () => {
    const long = await searchSite('en', 'dentist '.repeat(125));
    expect(long.query.cut).toBe(true);
    expect(long.query.text.length).toBeLessThanOrEqual(100);
    expect(long.provider).toEqual({ care: 'dental', specialty: null });
    expect(long.hits.length).toBeGreaterThan(0);
  });
});
