/**
 * A small seeded random source for the demo network. Everything the generator draws comes from
 * here, never from Math.random(), so the same seed gives the same files byte for byte.
 */

/** mulberry32: a tiny 32-bit generator; plenty for sample data, useless for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: turns a label into a 32-bit seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
  private readonly nextFloat: () => number;

  constructor(seed: number) {
    this.nextFloat = mulberry32(seed);
  }

  /**
   * An independent stream for one named thing (a location, a practitioner). Drawing one more
   * number for practitioner 12 then leaves practitioner 13 and every location unchanged.
   */
  static stream(seed: number, ...labels: (string | number)[]): Random {
    return new Random(hashSeed(`${seed}:${labels.join(':')}`));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextFloat();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.nextFloat() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.nextFloat() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.nextFloat() * items.length)];
    if (item === undefined) throw new Error('pick: no items to choose from');
    return item;
  }

  weighted<T>(entries: Weighted<T>): T {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
    if (total <= 0) throw new Error('weighted: no entry has a positive weight');
    let target = this.nextFloat() * total;
    for (const [value, weight] of entries) {
      target -= Math.max(weight, 0);
      if (target < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted: no entries');
    return last[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.nextFloat() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  }
}
