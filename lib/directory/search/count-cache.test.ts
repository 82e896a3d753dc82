import { describe, expect, it } from 'vitest';
import { planSearch } from './conditions';
import { countKey, forgetCounts, keepCount, knownCount } from './count-cache';
import { parseSearchParams } from './params';
import { findPlace } from './place';

const planOf = (raw: Record<string, string>) => {
  const { query } = parseSearchParams(raw);
  const place = findPlace(query.place);
  return planSearch(query, place.kind === 'found' ? place.place : null);
};

describe('counts kept a minute per process', () => {
  it('are the same for every page and order of one search, and differ with any filter or place', () => {
    const near = planOf({ near: '97501', miles: '10' });
    expect(countKey(planOf({ near: '97501', miles: '10', page: '3', sort: 'name' }))).toBe(countKey(near));
    expect(countKey(planOf({ near: '97501', miles: '25' }))).not.toBe(countKey(near));
    expect(countKey(planOf({ near: '97520', miles: '10' }))).not.toBe(countKey(near));
    expect(countKey(planOf({ near: '97501', miles: '10', lang: 'es' }))).not.toBe(countKey(near));
  });

  it('last a minute, belong to one database, and go when the listings are rebuilt', () => {
    const plan = planOf({ near: '97501' });
    const [one, other] = [{}, {}];
    keepCount(one, plan, { total: 312, office_rows: 602 }, 1_000);
    expect(knownCount(one, plan, 1_000 + 59_000)).toEqual({ total: 312, office_rows: 602 });
    expect(knownCount(other, plan, 1_000)).toBeUndefined();
    expect(knownCount(one, plan, 1_000 + 60_000)).toBeUndefined();
    keepCount(one, plan, { total: 312 }, 2_000);
    forgetCounts();
    expect(knownCount(one, plan, 2_000)).toBeUndefined();
  });
});
