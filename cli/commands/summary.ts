// `scrutineer summary`: the event's findings in numbers, as the dashboard shows them.
import { Command } from 'commander';
import type { Summary } from '../../core/analysis/summary';
import { action } from '../context';
import { eventIdOption } from '../options';

const percent = (x: number | null) => (x === null ? '  -  ' : `${(x * 100).toFixed(0).padStart(3)}%`);
const fixed = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));

function human(s: Summary): string {
  const width = Math.max(...s.criteria.map((c) => c.key.length));
  const lines = [
    `${s.event.name} (${s.event.frameworkName} v${s.event.frameworkVersion})`,
    `${s.sample.cases} cases, ${s.sample.casesAudited} audited, ${s.sample.audits} audits, ${s.sample.grades} grades, ${s.sample.agencies} agencies`,
    '',
    `${'criterion'.padEnd(width)}     n   N/A  good+   mean${s.comparison ? '  change' : ''}`,
    ...s.criteria.map((c) => {
      const change = s.comparison?.criteria.find((x) => x.key === c.key)?.change;
      return `${c.key.padEnd(width)} ${String(c.n).padStart(5)} ${String(c.notApplicable).padStart(5)}  ${percent(c.goodOrBetter)}  ${fixed(c.mean).padStart(5)}${s.comparison ? `  ${change === null || change === undefined ? '   -' : `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)} pts`}` : ''}`;
    }),
    '',
    `Agreement (double audits): ${s.agreement.pairs} pairs, exact ${percent(s.agreement.exact)}, kappa ${fixed(s.agreement.kappa)}, linear ${fixed(s.agreement.kappaLinear)}, quadratic ${fixed(s.agreement.kappaQuadratic)}, alpha (ordinal) ${fixed(s.agreement.alphaOrdinal)}`,
  ];
  return lines.join('\n');
}

export function summaryCommand(): Command {
  return new Command('summary')
    .description("The event's findings: per criterion over the scale, % good or better, mean, by agency and group, agreement, and change since a previous event.")
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--compare <id>', 'a previous event on the same framework', eventIdOption)
    .action(
      action(async (s, opts: { event: number; compare?: number }) => {
        const summary = await s.call('analysis.summary', { eventId: opts.event, compareWith: opts.compare });
        s.print(summary, () => human(summary));
      }),
    );
}
