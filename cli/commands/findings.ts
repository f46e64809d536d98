// `scrutineer findings add` and `scrutineer narrative set|list`: what the findings and report
// screens write, for scripts (and for checks that plant text). The same contract calls, so the
// identifier guard refuses a quote here exactly as it does on screen.
import { Command, InvalidArgumentError } from 'commander';
import { findingKinds, type FindingKind } from '../../model/statuses';
import { UserError } from '../../model/errors';
import { action } from '../context';
import { eventIdOption, readInputFile } from '../options';

const kindOption = (value: string): FindingKind => {
  if (!(findingKinds as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${findingKinds.join(', ')}.`);
  return value as FindingKind;
};
const collect = (value: string, previous: string[]) => [...previous, value];

export function findingsCommand(): Command {
  const cmd = new Command('findings').description('Findings: good practice, areas for development and themes.');
  cmd
    .command('add')
    .description('Add a finding and print its id. With --quote it is cleared as an anonymised quote for the report and slides: refused (exit 1, naming what was found) if its text could identify a child.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--kind <kind>', findingKinds.join(' | '), kindOption)
    .requiredOption('--text <text>', 'the finding')
    .option('--criterion <key>', 'a criterion it is about (repeat for more)', collect, [])
    .option('--quote', 'clear it as an anonymised quote that may be used in the report')
    .action(
      action(async (s, opts: { event: number; kind: FindingKind; text: string; criterion: string[]; quote?: boolean }) => {
        const finding = await s.call('findings.create', { eventId: opts.event, kind: opts.kind, text: opts.text, criterionKeys: opts.criterion, quoteForReport: opts.quote === true });
        s.print({ id: finding.id }, () => String(finding.id));
      }),
    );
  return cmd;
}

export function narrativeCommand(): Command {
  const cmd = new Command('narrative').description("The report's narrative: the sections written in the app (keys as in templates/report/report.yaml) and each criterion's conclusions.");
  cmd
    .command('set')
    .description('Write a narrative section (replacing its text), or with --criterion the conclusions for one criterion under findings-by-criterion.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--section <key>', 'section key, e.g. executive-summary, conclusions, findings-by-criterion')
    .option('--criterion <key>', "a criterion's conclusions (with --section findings-by-criterion)")
    .option('--text <text>', 'the text')
    .option('--file <file>', 'read the text from a UTF-8 file')
    .action(
      action(async (s, opts: { event: number; section: string; criterion?: string; text?: string; file?: string }) => {
        if ((opts.text === undefined) === (opts.file === undefined)) throw new UserError('Give the text with --text or --file (one of them).', 'INVALID_INPUT');
        const text = opts.text ?? readInputFile(opts.file!).toString('utf8');
        await s.call('report.saveNarrative', { eventId: opts.event, sectionKey: opts.section, ...(opts.criterion ? { criterionKey: opts.criterion } : {}), text });
        s.print({ saved: true, section: opts.section, criterion: opts.criterion ?? null, characters: text.length }, () => `Saved ${opts.section}${opts.criterion ? ` (${opts.criterion})` : ''}: ${text.length} characters.`);
      }),
    );
  cmd
    .command('control')
    .description("The report's document control: its version and distribution list (one recipient a line). A report is final only with a distribution list.")
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--number <text>', 'the version number, e.g. 0.3 or 1.0 (--version prints the app’s)')
    .option('--distribution <text>', 'who receives the report; separate recipients with new lines')
    .option('--distribution-file <file>', 'read the distribution list from a UTF-8 file, one recipient a line')
    .action(
      action(async (s, opts: { event: number; number?: string; distribution?: string; distributionFile?: string }) => {
        if (opts.distribution !== undefined && opts.distributionFile !== undefined) throw new UserError('Give the distribution list with --distribution or --distribution-file, not both.', 'INVALID_INPUT');
        const distribution = opts.distributionFile !== undefined ? readInputFile(opts.distributionFile).toString('utf8') : opts.distribution;
        const saved = await s.call('report.saveDocumentControl', { eventId: opts.event, ...(opts.number !== undefined ? { version: opts.number } : {}), ...(distribution !== undefined ? { distribution } : {}) });
        s.print(saved, () => `Version: ${saved.version || 'not numbered'}\nDistribution: ${saved.distribution.trim() ? saved.distribution.trim().split('\n').join('; ') : 'not recorded'}`);
      }),
    );
  cmd
    .command('list')
    .description("List the report's sections with their kind and text, then each criterion's conclusions.")
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .action(
      action(async (s, opts: { event: number }) => {
        const outline = await s.call('report.outline', { eventId: opts.event });
        const sections = outline.sections.map((x) => ({ section: x.key, heading: x.heading, kind: x.kind, criterion: null as string | null, text: x.text }));
        const criteria = outline.criteria.map((c) => ({ section: 'findings-by-criterion', heading: c.title, kind: 'narrative' as const, criterion: c.key, text: c.text }));
        s.print([...sections, ...criteria], () =>
          [...sections, ...criteria]
            .filter((x) => x.kind === 'narrative')
            .map((x) => `${x.section}${x.criterion ? ` ${x.criterion}` : ''}: ${x.text ? `${x.text.length} characters` : 'not written'}`)
            .join('\n'),
        );
      }),
    );
  return cmd;
}
