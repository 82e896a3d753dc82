import { describe, expect, it } from 'vitest';
import { hashSeed, mulberry32, Random } from './random';

describe('Random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives each labelled stream its own sequence', () => {
    const a = Random.stream(1, 'practitioner', 12);
    const b = Random.stream(1, 'practitioner', 13);
    expect([a.float(), a.float()]).not.toEqual([b.float(), b.float()]);
    expect(Random.stream(1, 'x').float()).toBe(Random.stream(1, 'x').float());
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
  });

  it('keeps int within bounds and weighted within its entries, in proportion', () => {
    const random = new Random(3);
    const counts = { a: 0, b: 0 };
    const ints = new Set<number>();
    for (let index = 0; index < 4000; index++) {
      ints.add(random.int(2, 4));
      counts[
        random.weighted([
          ['a', 3],
          ['b', 1],
        ] as const)
      ]++;
    }
    expect([...ints].sort()).toEqual([2, 3, 4]);
    expect(counts.a / 4000).toBeGreaterThan(0.7);
    expect(counts.a / 4000).toBeLessThan(0.8);
    expect(() => random.weighted([['a', 0]] as const)).toThrow();
    expect(() => random.pick([])).toThrow();
  });

  it('shuffles without losing or inventing items', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = new Random(9).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});
