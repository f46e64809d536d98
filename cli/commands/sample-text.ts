// The drawn sample and its profile as text for the terminal.
import { sampleAttributeLabels, describeMinimum } from '../../model/sample';
import type { DisclosedCount, SampleDrawView, SampleProfile } from '../../core/contract/sample-types';

const n = (x: number) => x.toLocaleString('en-GB');
const cell = (c: DisclosedCount) => (c.suppressed ? 'withheld' : `${n(c.count)} (${Math.round(c.percent * 100)}%)`);

export function describeMethod(v: SampleDrawView): string {
  if (v.stratify.length === 0) return 'simple random';
  return `stratified by ${v.stratify.map((a) => sampleAttributeLabels[a].toLowerCase()).join(' and ')}, ${v.allocation} allocation`;
}

export function profileText(profile: SampleProfile): string {
  const lines: string[] = [];
  for (const a of profile.attributes) {
    lines.push('', `${a.label}${a.stratified ? ' (stratified)' : ''}`);
    lines.push(`  ${'value'.padEnd(34)} ${'sample'.padStart(12)} ${'cohort'.padStart(16)}`);
    for (const row of a.rows) lines.push(`  ${row.label.padEnd(34)} ${cell(row.sample).padStart(12)} ${cell(row.cohort).padStart(16)}`);
    if (a.test) lines.push(`  chi-square ${a.test.statistic.toFixed(3)} on ${a.test.degreesOfFreedom} degrees of freedom, p = ${a.test.pValue.toPrecision(3)}`);
    lines.push(`  ${a.reading}`);
  }
  if (profile.suppressSmallNumbers) {
    lines.push('', `Counts from 1 to ${profile.smallNumberThreshold - 1} are withheld (and where one count of a column is withheld, the next smallest too).`);
  }
  return lines.join('\n');
}

export function drawText(v: SampleDrawView): string {
  const { excluded } = v.cohort;
  const left = excluded.previous + excluded.list + excluded.recentPlan;
  const lines = [
    `${v.dryRun ? 'Dry run (nothing stored): would draw' : 'Drew'} ${v.cases.length} of ${n(v.cohort.rows)} cases; seed ${v.seed}; ${describeMethod(v)}.`,
    `Cohort: ${v.cohort.fileName}, SHA-256 ${v.cohort.sha256}, ${n(v.cohort.rows)} rows, ${n(v.cohort.eligible)} eligible` +
      (left > 0 ? ` (left out: ${excluded.previous} in earlier events, ${excluded.list} on the list, ${excluded.recentPlan} with a recent plan).` : '.'),
    ...v.minimums.map((m) => `Minimum: ${describeMinimum(m)}.`),
    `Method: ${v.method}.`,
    '',
    `${'stratum'.padEnd(40)} ${'eligible'.padStart(9)} ${'drawn'.padStart(6)} ${'reserves'.padStart(9)}`,
    ...v.strata.map((s) => `${s.label.padEnd(40)} ${n(s.eligible).padStart(9)} ${String(s.allocated).padStart(6)} ${`${s.reservesLeft}/${s.reserves}`.padStart(9)}`),
    '',
    `Sample: ${v.cases.map((c) => c.reference).join(', ')}`,
    ...v.replacements.map((r) => `Replaced ${r.replaced} with ${r.replacement} (${r.stratumLabel}): ${r.reason}`),
  ];
  return lines.join('\n') + '\n' + profileText(v.profile);
}
