// The random draw is the documented algorithm, reproducible anywhere: pure-rand's MT19937 gives
// the published reference outputs, and the whole selection (rejection sampling and a partial
// Fisher–Yates shuffle) is re-derived in Python on numpy's own MT19937 (draw_reference.py).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mersenne } from 'pure-rand/generator/mersenne';
import { drawInOrder, PartialShuffle, seededRandom } from '../../../core/sample/select';
import { itWith, python } from '../../support/clients';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the generator', () => {
  it('is MT19937: the reference outputs for init_genrand(5489)', () => {
    // Matsumoto and Nishimura's mt19937ar with its default seed 5489 starts 3499211612,
    // 581869302, 3890346734; the C++ standard ([rand.predef]) fixes the 10,000th output of
    // std::mt19937 (the same seed) as 4123659995.
    const rng = mersenne(5489);
    const first = [rng.next() >>> 0, rng.next() >>> 0, rng.next() >>> 0];
    expect(first).toEqual([3499211612, 581869302, 3890346734]);
    let last = 0;
    for (let i = 4; i <= 10_000; i++) last = rng.next() >>> 0;
    expect(last).toBe(4123659995);
  });

  it('refuses a seed that is not a 32-bit whole number', () => {
    expect(() => seededRandom(1.5)).toThrow(RangeError);
    expect(() => seededRandom(-1)).toThrow(RangeError);
    expect(() => seededRandom(2 ** 32)).toThrow(RangeError);
  });
});

describe('the selection', () => {
  const cases: [number, number, number][] = [
    [10, 10, 0],
    [100_000, 30, 42],
    [1000, 50, 4_294_967_295],
    [7, 3, 20240601],
    [3, 3, 1],
    [2, 2, 99],
  ];

  itWith('scipy')('matches an independent implementation on numpy’s MT19937', () => {
    const run = spawnSync(python, ['tests/unit/sample/draw_reference.py'], { input: JSON.stringify(cases), encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const expected = JSON.parse(run.stdout) as number[][];
    cases.forEach(([n, k, seed], i) => expect(drawInOrder(range(n), k, seededRandom(seed))).toEqual(expected[i]));
  });

  it('pins a draw (the numbers the reference implementation gives)', () => {
    // From draw_reference.py with numpy 1.24 on [7, 3, 20240601] and [100000, 5, 42].
    expect(drawInOrder(range(7), 3, seededRandom(20240601))).toEqual(PINNED_SMALL);
    expect(drawInOrder(range(100_000), 5, seededRandom(42))).toEqual(PINNED_LARGE);
  });

  it('draws each item once, and later steps continue the same shuffle', () => {
    const all = drawInOrder(range(50), 50, seededRandom(5));
    expect([...all].sort((a, b) => a - b)).toEqual(range(50));
    const shuffle = new PartialShuffle(range(50), seededRandom(5));
    expect([...shuffle.take(20), ...shuffle.take(30)]).toEqual(all);
  });
});

const PINNED_SMALL = [6, 5, 4];
const PINNED_LARGE = [21190, 55156, 41946, 18127, 46238];
