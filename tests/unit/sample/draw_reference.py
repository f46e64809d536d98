# An independent implementation of the documented draw (core/sample/select.ts), on numpy's own
# MT19937: RandomState(seed) seeds it with init_genrand, as pure-rand's mersenne(seed) does.
# Run as a script: reads JSON [[n, k, seed], ...] on stdin and writes, for each, the indexes a
# forward Fisher-Yates shuffle of range(n) places first, in order.
import json
import sys

import numpy as np


class Shuffle:
    def __init__(self, seed):
        self.bits = np.random.MT19937()
        self.bits._legacy_seeding(seed)

    def below(self, r):
        # pure-rand's uniformInt: an output u is used as u XOR 2^31, accepted below the largest
        # multiple of r that fits in 2^32 (all of 2^32 when r <= 2), then taken mod r.
        limit = (2**32 // r) * r if r > 2 else 2**32
        while True:
            d = int(self.bits.random_raw()) ^ 0x80000000
            if d < limit:
                return d % r

    def take(self, pool, start, k):
        """The next k steps of a forward Fisher-Yates shuffle of pool (in place) from place start."""
        n = len(pool)
        end = min(n, start + k)
        for i in range(start, end):
            j = i + self.below(n - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[start:end]


if __name__ == '__main__':
    cases = json.load(sys.stdin)
    json.dump([Shuffle(seed).take(list(range(n)), 0, k) for n, k, seed in cases], sys.stdout)
