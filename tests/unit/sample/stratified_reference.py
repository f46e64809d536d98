# The pinned draw of tests/unit/sample/draw.test.ts, re-derived from the documented method with
# numpy's MT19937 and nothing of Scrutineer: the fixture cohort's rows grouped by level of need
# (its four spellings per level), each group sorted by reference, groups in the order early help,
# child in need, child protection, looked after; seats by largest remainder; one generator draws
# each group's sample in that order, then each group's reserves.
# Usage: stratified_reference.py COHORT.csv SIZE SEED RESERVE -> JSON {"sample": [...], "reserves": [...]}
import csv
import json
import sys

from draw_reference import Shuffle

LEVELS = {
    'Early Help': 0,
    'CIN': 1, 'Child in Need': 1,
    'CP Plan': 2, 'Child Protection': 2,
    'CLA': 3, 'Looked After': 3,
}

path, size, seed, reserve = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
groups = [[], [], [], []]
with open(path, newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        groups[LEVELS[row['Legal Status']]].append(row['Child ID'])
for g in groups:
    g.sort()

total = sum(len(g) for g in groups)
seats = [size * len(g) // total for g in groups]
remainders = [size * len(g) - s * total for g, s in zip(groups, seats)]
order = sorted(range(4), key=lambda i: (-remainders[i], -len(groups[i]), i))
for i in order[: size - sum(seats)]:
    seats[i] += 1

shuffle = Shuffle(seed)
pools = [list(g) for g in groups]
placed = [0, 0, 0, 0]
sample, reserves = [], []
for i in range(4):
    sample += shuffle.take(pools[i], placed[i], seats[i])
    placed[i] += seats[i]
for i in range(4):
    if seats[i] > 0:
        reserves += shuffle.take(pools[i], placed[i], reserve)
json.dump({'seats': seats, 'sample': sample, 'reserves': reserves}, sys.stdout)
