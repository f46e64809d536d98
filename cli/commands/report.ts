// `scrutineer report`, `briefing` and `figures`: the Word documents for the QA subgroup and for
// team leaders, and the workbook. Built, checked for identifiers and recorded in the core; written
// here to the file the user names (with -identifiable added when identifiers are included).
import { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../model/errors';
import { exportFileName } from '../../core/disclosure/marking';
import { draftFileName } from '../../core/report/exports';
import { action, type CliSession } from '../context';
import { eventIdOption, fewerThanSmall, idOption } from '../options';

const findingIdOption = idOption('a finding id');

export function checkOutFile(file: string, extension: string): void {
  if (!file.toLowerCase().endsWith(extension)) throw new UserError(`${file}: give a file name ending in ${extension}.`, 'BAD_FILE_TYPE');
  if (!existsSync(dirname(file) || '.')) throw new UserError(`${dirname(file)}: no such folder.`, 'NO_FOLDER');
}

/** An identifiable file says so in its name: "report.docx" is written as "report-identifiable.docx"; a draft as "report-DRAFT.docx". */
export function outPath(file: string, includeIdentifiers: boolean, draft = false): string {
  const named = !includeIdentifiers || /-identifiable(-DRAFT)?\.[^./\\]+$/i.test(file) ? file : exportFileName(file, true);
  return /-DRAFT\.[^./\\]+$/.test(named) ? named : draftFileName(named, draft);
}

function writeExport(s: CliSession, out: string, file: { base64: string; sha256: string; draft?: boolean; contentsUpdatedOnOpen?: boolean }, includeIdentifiers: boolean): void {
  const draft = file.draft === true;
  const path = outPath(out, includeIdentifiers, draft);
  const bytes = Buffer.from(file.base64, 'base64');
  writeFileSync(path, bytes);
  const notes = [
    includeIdentifiers ? 'CONTAINS PERSONAL DATA' : '',
    draft ? 'a DRAFT (scrutineer report --check lists why)' : '',
    file.contentsUpdatedOnOpen ? 'the contents has no page numbers until Word fills them in (it asks when the file is opened)' : '',
  ]
    .filter(Boolean)
    .join('; ');
  s.print({ file: path, bytes: bytes.length, sha256: file.sha256, identifiable: includeIdentifiers, draft }, () => `Wrote ${path} (${Math.round(bytes.length / 1024)} KB)${notes ? `: ${notes}` : ''}.`);
}

const collect = (value: string, previous: number[]) => [...previous, findingIdOption(value)];
const identifiersHelp = 'include identifiers: allowed text that identifies a child, marked CONTAINS PERSONAL DATA on every page and in the file name (handle the file accordingly)';
const refusedHelp = 'Without --include-identifiers, text that could identify a child (case references, dates of birth, postcodes, NHS numbers, UPNs, phone numbers, emails) refuses the export: exit 1, one line per hit on stderr (--json lists them).';

export function reportCommand(): Command {
  return new Command('report')
    .description(`Write the scrutiny-event report as a Word document, with the findings cleared as anonymised quotes. With anything unresolved (see --check) it is a DRAFT: marked on every page and named -DRAFT. ${refusedHelp}`)
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--out <file.docx>', 'the Word file to write')
    .option('--pdf <file.pdf>', 'also (or only) write a PDF copy, made with LibreOffice (which must be installed), its contents with the pages LibreOffice laid out')
    .option('--check', 'write nothing: list what keeps the report a draft (unwritten narrative, identifiers, disagreements with no agreed grade) and notes on withheld figures')
    .option('--include-identifiers', `${identifiersHelp}; also lists the case references`)
    .option('--finding <id>', 'with --include-identifiers: also include this finding not cleared as a quote (repeat for more)', collect, [])
    .option('--no-suppress', `show figures drawn from ${fewerThanSmall} instead of suppressing them (recorded with the export)`)
    .option('--compare <id>', 'the previous event to compare with (default: the latest earlier one on the same framework)', eventIdOption)
    .action(
      action(async (s, opts: { event: number; out?: string; pdf?: string; check?: boolean; includeIdentifiers?: boolean; finding: number[]; suppress: boolean; compare?: number }) => {
        if (opts.check) return printCheck(s, opts);
        if (!opts.out && !opts.pdf) throw new UserError('Give the file to write with --out (or --pdf, or --check to list what keeps the report a draft).', 'INVALID_INPUT');
        if (opts.out) checkOutFile(opts.out, '.docx');
        if (opts.pdf) checkOutFile(opts.pdf, '.pdf');
        const includeIdentifiers = opts.includeIdentifiers === true;
        if (opts.finding.length && !includeIdentifiers) throw new UserError('--finding adds a finding that is not cleared as a quote: it needs --include-identifiers.', 'INVALID_INPUT');
        const input = { eventId: opts.event, includeIdentifiers, findingIds: opts.finding, suppressSmallNumbers: opts.suppress, compareWith: opts.compare };
        if (opts.out) writeExport(s, opts.out, await s.call('report.export', input), includeIdentifiers);
        if (opts.pdf) writeExport(s, opts.pdf, await s.call('report.exportPdf', input), includeIdentifiers);
      }),
    );
}

async function printCheck(s: CliSession, opts: { event: number; includeIdentifiers?: boolean; suppress: boolean }): Promise<void> {
  const check = await s.call('report.readiness', { eventId: opts.event, includeIdentifiers: opts.includeIdentifiers === true, suppressSmallNumbers: opts.suppress });
  s.print(check, () =>
    [
      check.draft ? `DRAFT: ${check.items.filter((i) => i.makesDraft).length} to resolve before the report is final.` : 'Ready: the report will export as final.',
      ...check.items.map((i) => `${i.makesDraft ? '- ' : 'note: '}${i.text}`),
    ].join('\n'),
  );
}

export function briefingCommand(): Command {
  return new Command('briefing')
    .description(`Write the two-page 7-minute briefing (what we did, what we found, what good looks like, what must change, questions, actions, where to learn more) as a Word document. It circulates widely: no quotes unless --quotes. ${refusedHelp}`)
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--out <file.docx>', 'the Word file to write')
    .option('--quotes', 'include up to two of the findings cleared as anonymised quotes')
    .option('--include-identifiers', identifiersHelp)
    .option('--no-suppress', `show figures drawn from ${fewerThanSmall} (recorded with the export)`)
    .action(
      action(async (s, opts: { event: number; out: string; quotes?: boolean; includeIdentifiers?: boolean; suppress: boolean }) => {
        checkOutFile(opts.out, '.docx');
        const includeIdentifiers = opts.includeIdentifiers === true;
        const briefing = await s.call('report.briefing', { eventId: opts.event, includeQuotes: opts.quotes === true, includeIdentifiers, suppressSmallNumbers: opts.suppress });
        writeExport(s, opts.out, briefing, includeIdentifiers);
      }),
    );
}

export function figuresCommand(): Command {
  return new Command('figures')
    .description(`Write the aggregated figures and the action plan as an Excel workbook for the partnership's neglect dataset (no case references). ${refusedHelp}`)
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--out <file.xlsx>', 'the workbook to write')
    .option('--include-identifiers', identifiersHelp)
    .option('--no-suppress', `show figures drawn from ${fewerThanSmall} (recorded with the export)`)
    .action(
      action(async (s, opts: { event: number; out: string; includeIdentifiers?: boolean; suppress: boolean }) => {
        checkOutFile(opts.out, '.xlsx');
        const includeIdentifiers = opts.includeIdentifiers === true;
        const book = await s.call('report.figuresXlsx', { eventId: opts.event, suppressSmallNumbers: opts.suppress, includeIdentifiers });
        writeExport(s, opts.out, book, includeIdentifiers);
      }),
    );
}
