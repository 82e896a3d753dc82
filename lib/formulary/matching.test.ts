import { describe, expect, it } from 'vitest';
import { editDistance, matchNames } from './matching';

const metformin = { generic: 'metformin', brands: ['Glucophage'], others: ['metformina'] };

describe('matching a member’s words to a drug’s names', () => {
  it('ranks exact over the start of a name over the start of a word over a misspelling', () => {
    expect(matchNames('Metformin', metformin)).toEqual({ name: 'metformin', kind: 'generic', rank: 0 });
    expect(matchNames('metfor', metformin)).toEqual({ name: 'metformin', kind: 'generic', rank: 1 });
    expect(matchNames('gluco', metformin)).toEqual({ name: 'Glucophage', kind: 'brand', rank: 1 });
    expect(matchNames('naloxone', { generic: 'buprenorphine / naloxone', brands: [], others: [] })?.rank).toBe(2);
    expect(matchNames('metformn', metformin)).toEqual({ name: 'metformin', kind: 'forgiving', rank: 4 });
  });

  it('folds accents and case, and forgives more in longer words', () => {
    const acetaminophen = { generic: 'acetaminophen', brands: ['Tylenol'], others: ['acetaminofén'] };
    expect(matchNames('ACETAMINOFEN', acetaminophen)).toMatchObject({ name: 'acetaminofén', kind: 'other-name', rank: 0 });
    expect(matchNames('tylenl', acetaminophen)).toMatchObject({ name: 'Tylenol', kind: 'forgiving' });
    expect(matchNames('advl', { generic: 'ibuprofen', brands: ['Advil'], others: [] })).toBeNull();
    expect(matchNames('   ', metformin)).toBeNull();
  });

  it('counts edits, and stops early past the limit', () => {
    expect(editDistance('metformn', 'metformin', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
