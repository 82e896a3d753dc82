import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Work handed to next/server's after(), run when the test says the response has been sent. */
const afterResponse: (() => unknown)[] = [];
const executeRaw = vi.fn();

vi.mock('next/server', () => ({ after: (task: () => unknown) => afterResponse.push(task) }));
vi.mock('@/lib/db', () => ({ getDb: () => ({ $executeRaw: executeRaw }) }));

const { searchSite } = await import('./service');

async function sendResponse() {
  await Promise.all(afterResponse.splice(0).map((task) => task()));
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  executeRaw.mockReset();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

describe('searchSite', () => {
  it('counts a search that found nothing once the response is sent', async () => {
    executeRaw.mockResolvedValue(1);
    const outcome = await searchSite('en', '  Qwxzk   PLORF ');
    expect(outcome.hits).toEqual([]);
    expect(outcome.query.text).toBe('Qwxzk PLORF');
    expect(executeRaw).not.toHaveBeenCalled();
    await sendResponse();
    expect(executeRaw).toHaveBeenCalledTimes(1);
    expect(executeRaw.mock.calls[0]?.slice(1)).toEqual(['en', 'qwxzk plorf']);
  });

  it('still answers when the database is down, and logs only the kind of error, never the words', async () => {
    executeRaw.mockRejectedValue(Object.assign(new Error('cannot reach the server for "zorblat vexing"'), { name: 'DriverAdapterError' }));
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
    expect((await searchSite('en', 'AB123456')).hits).toEqual([]);
    await sendResponse();
    expect(executeRaw).not.toHaveBeenCalled();
  });

  it('cuts a 1,000-character query and offers the provider search for a kind of provider', async () => {
    const long = await searchSite('en', 'dentist '.repeat(125));
    expect(long.query.cut).toBe(true);
    expect(long.query.text.length).toBeLessThanOrEqual(100);
    expect(long.provider).toEqual({ care: 'dental', specialty: null });
    expect(long.hits.length).toBeGreaterThan(0);
  });
});
