// The random part of a draw, reproducible from its seed on any machine. The generator is MT19937
// (the Mersenne Twister), from the pure-rand package, seeded as init_genrand(seed) does: the same
// sequence as numpy.random.RandomState(seed) for a 32-bit seed. An index from 0 to r-1 is drawn by
// rejection (pure-rand's uniformInt: an output u, as u XOR 2^31, is used only below the largest
// multiple of r that fits in 2^32, then taken mod r), so every index is equally likely. Cases are
// chosen by the first k steps of a forward Fisher–Yates shuffle: for i = 0 … k-1, swap place i
// with a place drawn from i … n-1. The order of the chosen cases is their draw order.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { mersenne } from 'pure-rand/generator/mersenne';
import { SEED_MAX } from '../../model/sample';

export const GENERATOR = 'MT19937 (Mersenne Twister, pure-rand 8), seeded by init_genrand';
export const SELECTION = 'partial forward Fisher–Yates shuffle, indexes by rejection sampling';

export interface Random {
  /** A whole number from `from` to `to`, both included, every one equally likely. */
  between(from: number, to: number): number;
}

export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) throw new RangeError(`seed ${seed} is not a 32-bit whole number`);
  const rng = mersenne(seed);
  return { between: (from, to) => uniformInt(rng, from, to) };
}

/**
 * A forward Fisher–Yates shuffle taken a few steps at a time: take(k) makes the next k steps and
 * returns the items they placed, so the reserves drawn later are the steps after the sample's.
 */
export class PartialShuffle<T> {
  private readonly pool: T[];
  private placed = 0;
  constructor(
    items: readonly T[],
    private readonly random: Random,
  ) {
    this.pool = items.slice();
  }

  take(k: number): T[] {
    const n = this.pool.length;
    const end = Math.min(n, this.placed + k);
    const start = this.placed;
    for (let i = start; i < end; i++) {
      const j = this.random.between(i, n - 1);
      const chosen = this.pool[j]!;
      this.pool[j] = this.pool[i]!;
      this.pool[i] = chosen;
    }
    this.placed = end;
    return this.pool.slice(start, end);
  }
}

/** The first k items of a forward Fisher–Yates shuffle of items (k at most items.length), in draw order. */
export function drawInOrder<T>(items: readonly T[], k: number, random: Random): T[] {
  return new PartialShuffle(items, random).take(k);
}
