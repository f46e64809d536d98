// `scrutineer summary`: the event's findings in numbers, as the dashboard shows them.
import { Command } from 'commander';
import type { DisclosedSummary } from '../../core/contract/types';
import { action } from '../context';
import { eventIdOption, fewerThanSmall } from '../options';

const percent = (x: number | null) => (x === null ? '  -  ' : `${(x * 100).toFixed(0).padStart(3)}%`);
const fixed = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));

function human(s: DisclosedSummary): string {
  const width = Math.max(...s.criteria.map((c) => c.key.length));
  const withheld = `figures withheld: fewer than ${s.smallNumberThreshold} cases`;
  const a = s.agreement;
  const lines = [
    `${s.event.name} (${s.event.frameworkName} v${s.event.frameworkVersion})`,
    `${s.sample.cases} cases, ${s.sample.casesAudited} audited, ${s.sample.audits} audits, ${s.sample.grades} grades, ${s.sample.agencies} agencies`,
    '',
    `${'criterion'.padEnd(width)}     n   N/A  good+   mean${s.comparison ? '  change' : ''}`,
    ...s.criteria.map((c) => {
      if (c.suppressed) return `${c.key.padEnd(width)}   ${withheld}`;
      const cmp = s.comparison?.criteria.find((x) => x.key === c.key);
      const change = !cmp ? '' : cmp.suppressed ? '  withheld' : cmp.change === null ? '   -' : `  ${cmp.change >= 0 ? '+' : ''}${(cmp.change * 100).toFixed(0)} pts`;
      return `${c.key.padEnd(width)} ${String(c.n).padStart(5)} ${String(c.notApplicable).padStart(5)}  ${percent(c.goodOrBetter)}  ${fixed(c.mean).padStart(5)}${change}${c.small ? '  (small: shown on request)' : ''}`;
    }),
    '',
    a.suppressed
      ? `Agreement (double audits): ${withheld}`
      : `Agreement (double audits): ${a.pairs} pairs, exact ${percent(a.exact)}, kappa ${fixed(a.kappa)}, linear ${fixed(a.kappaLinear)}, quadratic ${fixed(a.kappaQuadratic)}, alpha (ordinal) ${fixed(a.alphaOrdinal)}`,
  ];
  return lines.join('\n');
}

export function summaryCommand(): Command {
  return new Command('summary')
    .description(`The event's findings: per criterion over the scale, % good or better, mean, by agency and group, agreement, and change since a previous event. Figures from ${fewerThanSmall} are withheld.`)
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--compare <id>', 'a previous event on the same framework', eventIdOption)
    .option('--no-suppress', `show figures drawn from ${fewerThanSmall} instead of withholding them`)
    .action(
      action(async (s, opts: { event: number; compare?: number; suppress: boolean }) => {
        const summary = await s.call('analysis.summary', { eventId: opts.event, compareWith: opts.compare, suppressSmallNumbers: opts.suppress });
        s.print(summary, () => human(summary));
      }),
    );
}
