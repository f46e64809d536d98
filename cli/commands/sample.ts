// `scrutineer sample ...`: draw the event's sample from a cohort file, show its profile against
// the cohort, and replace an unsuitable case from the reserves.
import { Command } from 'commander';
import { basename } from 'node:path';
import { parseMapArgs } from '../../model/case-fields';
import { UserError } from '../../model/errors';
import { parseValueArgs } from '../../model/value-mapping';
import { allocations, parseAttribute, parseMinimum, parseSeed, type Allocation } from '../../model/sample';
import { action } from '../context';
import { collect, eventIdOption, fewerThanSmall, readInputFile } from '../options';
import { drawText, profileText } from './sample-text';

interface DrawOptions {
  event: number;
  cohort: string;
  size: string;
  map: string[];
  value: string[];
  stratify?: string;
  allocation: string;
  min: string[];
  excludePrevious?: boolean;
  excludeFile?: string;
  excludeRecentPlans?: string;
  reserve: string;
  seed?: string;
  dryRun?: boolean;
  suppress: boolean;
}

function wholeNumber(text: string, what: string, min: number): number {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value < min) throw new UserError(`${what} "${text}" is not a whole number${min > 0 ? ` of ${min} or more` : ''}.`, 'INVALID_INPUT');
  return value;
}

function drawSettings(opts: DrawOptions) {
  if (!(allocations as readonly string[]).includes(opts.allocation)) throw new UserError(`--allocation "${opts.allocation}": use proportional or equal.`, 'INVALID_INPUT');
  return {
    size: wholeNumber(opts.size, '--size', 1),
    stratify: opts.stratify ? opts.stratify.split(',').filter((s) => s.trim()).map(parseAttribute) : [],
    allocation: opts.allocation as Allocation,
    minimums: opts.min.map(parseMinimum),
    excludePrevious: opts.excludePrevious === true,
    excludeRecentWeeks: opts.excludeRecentPlans === undefined ? null : wholeNumber(opts.excludeRecentPlans, '--exclude-recent-plans', 1),
    reserve: wholeNumber(opts.reserve, '--reserve', 0),
    seed: opts.seed === undefined ? undefined : parseSeed(opts.seed),
  };
}

export function sampleCommand(): Command {
  const cmd = new Command('sample').description("Choose the event's sample from a cohort file: a reproducible random draw, its profile against the cohort, replacements.");

  cmd
    .command('draw')
    .description(
      'Draw the sample from a cohort file (CSV or XLSX). The cohort is read in memory: only the sampled cases and reserves are stored, with the cohort\'s counts per attribute value.',
    )
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--cohort <file>', 'the cohort export: every child the sample is drawn from')
    .requiredOption('--size <n>', 'how many cases to draw')
    .option('--map <Header=field>', 'map a column to a field (repeat); with any --map, exactly those columns are read', collect, [])
    .option('--value <field:Value=target>', 'what a value in the file becomes, as for cases import: a vocabulary value, other or empty (repeat)', collect, [])
    .option('--stratify <attributes>', 'stratify by these, comma-separated: levelOfNeed, ageStage, sex, ethnicityGroup, neglectType, disability')
    .option('--allocation <how>', 'proportional (largest remainder) or equal', 'proportional')
    .option('--min <attribute=value:n>', 'at least n cases with that value, e.g. "ageStage=pre-birth:2" (repeat)', collect, [])
    .option('--exclude-previous', 'leave out cases in the samples of other events in this database (matched by reference)')
    .option('--exclude-file <file>', 'leave out the references listed in this file (CSV or text, one per line)')
    .option('--exclude-recent-plans <weeks>', 'leave out cases whose plan started less than this many weeks before the audit date')
    .option('--reserve <n>', 'reserve cases per stratum, drawn after the sample, to replace unsuitable ones', '0')
    .option('--seed <s>', 'the random seed, a whole number from 0 to 4294967295 (default: chosen at random and stored)')
    .option('--dry-run', 'draw and show the sample and its profile, store nothing')
    .option('--no-suppress', `show counts from ${fewerThanSmall} instead of withholding them`)
    .action(
      action(async (s, opts: DrawOptions) => {
        const settings = drawSettings(opts);
        const mapping = opts.map.length > 0 ? parseMapArgs(opts.map) : undefined;
        const values = opts.value.length > 0 ? parseValueArgs(opts.value) : undefined;
        const excludeList = opts.excludeFile ? { fileName: basename(opts.excludeFile), data: readInputFile(opts.excludeFile).toString('base64') } : undefined;
        const view = await s.call('sample.draw', {
          eventId: opts.event,
          fileName: basename(opts.cohort),
          data: readInputFile(opts.cohort).toString('base64'),
          mapping,
          values,
          settings,
          excludeList,
          dryRun: opts.dryRun === true,
          suppressSmallNumbers: opts.suppress,
        });
        s.print(view, () => drawText(view));
      }),
    );

  cmd
    .command('profile')
    .description('The drawn sample against the cohort, per attribute: counts, percentages and a chi-square goodness-of-fit test in plain words.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--no-suppress', `show counts from ${fewerThanSmall} instead of withholding them`)
    .action(
      action(async (s, opts: { event: number; suppress: boolean }) => {
        const view = await s.call('sample.get', { eventId: opts.event, suppressSmallNumbers: opts.suppress });
        if (!view) throw new UserError(`Event ${opts.event} has no drawn sample.`, 'NO_SAMPLE');
        s.print(view.profile, () => `Sample of ${view.cases.length} from a cohort of ${view.cohort.rows.toLocaleString('en-GB')}; seed ${view.seed}.` + profileText(view.profile));
      }),
    );

  cmd
    .command('replace')
    .description('Replace a sampled case found unsuitable with the next reserve of its stratum (before auditing starts). The reason is recorded.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .argument('<reference>', 'the case reference to replace')
    .requiredOption('--reason <text>', 'why the case is unsuitable')
    .action(
      action(async (s, reference: string, opts: { event: number; reason: string }) => {
        const view = await s.call('sample.replace', { eventId: opts.event, reference, reason: opts.reason });
        const done = view.replacements.at(-1)!;
        s.print(done, () => `Replaced ${done.replaced} with ${done.replacement} (${done.stratumLabel}). Reason recorded: ${done.reason}`);
      }),
    );

  return cmd;
}
