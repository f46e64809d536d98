// A stored draw as the screens, the CLI and the report see it: its settings, strata, the sampled
// cases (as they are now, after any replacement), the replacements and the profile.
import type { Queryable } from '../../db/open';
import * as q from '../../db/queries/sample';
import type { Mapping } from '../../model/case-fields';
import type { ValueMapping } from '../../model/value-mapping';
import { attributeValueLabel, type Allocation, type SampleAttribute, type StratumMinimum } from '../../model/sample';
import type { SampleDrawView } from '../contract/sample-types';
import type { StratumPlan } from './draw';
import { buildProfile } from './profile';

type StoredStratum = Omit<StratumPlan, 'label'>;

export function stratumLabel(stratum: Pick<StratumPlan, 'values'>, stratify: readonly SampleAttribute[]): string {
  return stratify.length === 0 ? 'All cases' : stratify.map((a) => attributeValueLabel(a, stratum.values[a]!)).join(', ');
}

export function drawView(db: Queryable, draw: q.DrawRow, suppress: boolean): SampleDrawView {
  const stratify = JSON.parse(draw.stratify) as SampleAttribute[];
  const strata = JSON.parse(draw.strata) as StoredStratum[];
  const labels = new Map(strata.map((s) => [s.key, stratumLabel(s, stratify)]));
  // In the draw's order: strata as drawn, then each case's place (replacements after the sample).
  const rank = new Map(strata.map((s, i) => [s.key, i]));
  const members = q
    .memberCases(db, draw.id)
    .sort((a, b) => (rank.get(a.member.stratum) ?? 0) - (rank.get(b.member.stratum) ?? 0) || Number(a.member.fromReserve) - Number(b.member.fromReserve) || a.member.position - b.member.position);
  const reserves = q.reservesOf(db, draw.id);
  const left = (key: string) => reserves.filter((r) => r.stratum === key && r.usedAt === null).length;
  const attributes = members.map(({ case: c }) => ({ ...c, neglectTypes: JSON.parse(c.neglectTypes) as string[] }));
  return {
    eventId: draw.eventId,
    dryRun: false,
    drawnAt: draw.drawnAt,
    drawnBy: draw.drawnBy,
    seed: draw.seed,
    size: draw.size,
    stratify,
    allocation: draw.allocation as Allocation,
    minimums: JSON.parse(draw.minimums) as StratumMinimum[],
    excludePrevious: draw.excludePrevious,
    excludeRecentWeeks: draw.excludeRecentWeeks,
    excludeList: draw.excludeList ? (JSON.parse(draw.excludeList) as SampleDrawView['excludeList']) : null,
    reserve: draw.reserve,
    measuredOn: draw.measuredOn,
    cohort: {
      fileName: draw.cohortFileName,
      sha256: draw.cohortSha256,
      rows: draw.cohortRows,
      eligible: draw.eligible,
      excluded: JSON.parse(draw.excluded) as SampleDrawView['cohort']['excluded'],
    },
    method: draw.method,
    mapping: JSON.parse(draw.mapping) as Mapping,
    values: JSON.parse(draw.valueMapping) as ValueMapping,
    strata: strata.map((s) => ({ key: s.key, label: labels.get(s.key)!, eligible: s.eligible, allocated: s.allocated, reserves: s.reserves, reservesLeft: left(s.key) })),
    cases: members.map(({ member, case: c }) => ({
      reference: c.reference,
      stratum: member.stratum,
      stratumLabel: labels.get(member.stratum) ?? member.stratum,
      position: member.position,
      fromReserve: member.fromReserve,
    })),
    replacements: q.replacementsOf(db, draw.id).map((r) => ({
      at: r.at,
      actor: r.actor,
      stratumLabel: labels.get(r.stratum) ?? r.stratum,
      replaced: r.replacedReference,
      replacement: r.replacementReference,
      reason: r.reason,
    })),
    profile: buildProfile(
      q.cohortCounts(db, draw.id).map((c) => ({ attribute: c.attribute as SampleAttribute, value: c.value, count: c.count })),
      attributes,
      stratify,
      suppress,
    ),
  };
}
