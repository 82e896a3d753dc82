import { describe, expect, it } from 'vitest';
import { trustSuccessFor } from './health';

/** A database whose answer the test sets, counting how often it was asked, on a clock the test moves. */
function fakeDatabase() {
  const state = { answers: true, asked: 0, now: 1_000_000 };
  const health = trustSuccessFor(
    async () => (state.asked++, state.answers),
    5_000,
    () => state.now,
  );
  return { state, health };
}

describe('the directory health check', () => {
  it('asks the database once for every request within a few seconds of a success', async () => {
    const { state, health } = fakeDatabase();
    for (let request = 0; request < 20; request++) expect(await health.isAvailable()).toBe(true);
    expect(state.asked).toBe(1);
    state.now += 5_000;
    expect(await health.isAvailable()).toBe(true);
    expect(state.asked).toBe(2);
  });

  it('asks again on every request while the database is down, and recovers on the first that answers', async () => {
    const { state, health } = fakeDatabase();
    state.answers = false;
    expect(await health.isAvailable()).toBe(false);
    expect(await health.isAvailable()).toBe(false);
    expect(state.asked).toBe(2);
    state.answers = true;
    expect(await health.isAvailable()).toBe(true);
  });

  it('answers "down" at once after a page met an outage, even within the trusted seconds', async () => {
    const { state, health } = fakeDatabase();
    expect(await health.isAvailable()).toBe(true);
    state.answers = false;
    health.forget();
    expect(await health.isAvailable()).toBe(false);
    expect(state.asked).toBe(2);
  });
});
