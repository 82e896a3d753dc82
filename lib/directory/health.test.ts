import { beforeEach, describe, expect, it, vi } from 'vitest';

const query = vi.fn<() => Promise<unknown>>();
vi.mock('@/lib/db', () => ({ getDb: () => ({ $queryRaw: query }) }));
const { directoryIsAvailable, forgetDirectoryHealth, TRUST_SUCCESS_MS } = await import('./health');

describe('the directory health check the proxy makes before each directory page', () => {
  beforeEach(() => {
    query.mockReset();
    forgetDirectoryHealth();
  });

  it('trusts a success for a moment, then asks again', async () => {
    query.mockResolvedValue([{ '?column?': 1 }]);
    let clock = 1_000_000;
    const now = () => clock;
    expect(await directoryIsAvailable(now)).toBe(true);
    clock += TRUST_SUCCESS_MS - 1;
    expect(await directoryIsAvailable(now)).toBe(true);
    expect(query).toHaveBeenCalledTimes(1);
    clock += 1;
    expect(await directoryIsAvailable(now)).toBe(true);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('never remembers a failure, so recovery shows on the next request', async () => {
    query.mockRejectedValueOnce(new Error('connection refused')).mockResolvedValue([]);
    expect(await directoryIsAvailable()).toBe(false);
    expect(await directoryIsAvailable()).toBe(true);
  });

  it('asks again at once after a page met an outage', async () => {
    query.mockResolvedValueOnce([]).mockRejectedValue(new Error('connection refused'));
    expect(await directoryIsAvailable()).toBe(true);
    forgetDirectoryHealth();
    expect(await directoryIsAvailable()).toBe(false);
  });
});
