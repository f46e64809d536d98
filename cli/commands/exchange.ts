// `identity export`, `pack create|open`, `return export`, `returns import` and `workbook
// create`: audits across agencies from the command line.
import { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { UserError } from '../../model/errors';
import type { FilePreview } from '../../core/contract/types';
import { action, type CliSession } from '../context';
import { eventIdOption, readInputFile } from '../options';
import { agencyResolver } from './allocation';
import { checkConflictOptions, referenceList, resolutionsFor, type ConflictOptions } from '../conflict-choice';

function writeOut(file: string, data: Buffer | string, mode?: number): void {
  if (!existsSync(dirname(file) || '.')) throw new UserError(`${dirname(file)}: no such folder.`, 'NO_FOLDER');
  writeFileSync(file, data, mode === undefined ? undefined : { mode });
}

function passphraseFrom(file: string): string {
  const text = readInputFile(file).toString('utf8').replace(/\r?\n$/, '');
  if (!text) throw new UserError(`${file} is empty: it should hold the passphrase.`, 'INVALID_INPUT');
  return text;
}

export function identityCommand(): Command {
  const cmd = new Command('identity').description("The facilitator's key (an age X25519 identity): returns are encrypted to it.");
  cmd
    .command('export')
    .description('Write the identity file for safekeeping (age -d -i FILE reads it). Keep it as safe as the database: it opens every return.')
    .requiredOption('--out <file>', 'file to write (created readable by you only)')
    .action(
      action(async (s, opts: { out: string }) => {
        const id = await s.call('identity.export', {});
        writeOut(opts.out, id.text, 0o600);
        s.print({ file: opts.out, recipient: id.recipient }, () => `Wrote the identity to ${opts.out}. Public key: ${id.recipient}`);
      }),
    );
  return cmd;
}

export function packCommand(): Command {
  const cmd = new Command('pack').description('Audit packs: one encrypted file per agency with its allocated cases.');
  cmd
    .command('create')
    .description('Make the audit pack for one agency. Without --passphrase-file a passphrase is generated and printed once on stderr (with --json, as "passphrase"): send it by another channel.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--agency <name>', 'the agency')
    .requiredOption('--out <file>', 'pack file to write (.scrutineer-pack)')
    .option('--passphrase-file <file>', 'use the passphrase in this file instead (at least 12 characters)')
    .action(
      action(async (s, opts: { event: number; agency: string; out: string; passphraseFile?: string }) => {
        const agency = (await agencyResolver(s, opts.event))(opts.agency);
        const passphrase = opts.passphraseFile ? passphraseFrom(opts.passphraseFile) : undefined;
        const made = await s.call('packs.create', { eventId: opts.event, agencyId: agency.id, passphrase });
        writeOut(opts.out, Buffer.from(made.base64, 'base64'));
        if (made.passphrase && !s.json) process.stderr.write(`Passphrase (shown once; send it by another channel, e.g. phone): ${made.passphrase}\n`);
        s.print({ file: opts.out, packId: made.packId, cases: made.caseCount, audits: made.auditCount, ...(made.passphrase ? { passphrase: made.passphrase } : {}) }, () => `Wrote the audit pack for ${agency.name} (${made.caseCount} cases) to ${opts.out}.`);
      }),
    );
  cmd
    .command('open')
    .description('Open an audit pack on this install: makes a local event with that agency’s cases. Prints the new event id.')
    .argument('<file>', 'the .scrutineer-pack file')
    .requiredOption('--passphrase-file <file>', 'file holding the passphrase')
    .option('--auditor <name>', "your name (default: the pack's named auditor, else your name in Settings)")
    .option('--update', 'the pack (or an earlier one of the same agency) is already open here: update that event, keeping your work')
    .action(
      action(async (s, file: string, opts: { passphraseFile: string; auditor?: string; update?: boolean }) => {
        const opened = await s.call('packs.open', { fileName: basename(file), data: readInputFile(file).toString('base64'), passphrase: passphraseFrom(opts.passphraseFile), auditor: opts.auditor, update: opts.update === true });
        s.print(opts.update ? opened : { eventId: opened.eventId }, () => (opened.updated ? `Updated event ${opened.eventId}: ${opened.addedCases} cases and ${opened.addedAudits} audits added.` : String(opened.eventId)));
      }),
    );
  return cmd;
}

export function returnCommand(): Command {
  const cmd = new Command('return').description("On an auditor's install: the return for the facilitator.");
  cmd
    .command('export')
    .description('Write the return (every audit of the local event, encrypted to the facilitator only); each export has a higher revision.')
    .requiredOption('--event <id>', 'the local event opened from the pack', eventIdOption)
    .requiredOption('--out <file>', 'file to write (.scrutineer-return)')
    .action(
      action(async (s, opts: { event: number; out: string }) => {
        const made = await s.call('returns.export', { eventId: opts.event });
        writeOut(opts.out, Buffer.from(made.base64, 'base64'));
        s.print({ file: opts.out, revision: made.revision, audits: made.audits }, () => `Wrote revision ${made.revision} (${made.audits} audits) to ${opts.out}.`);
      }),
    );
  return cmd;
}

function describeFile(f: FilePreview): string {
  const lines = [`${f.file}: ${f.status}. ${f.message}`];
  for (const c of f.conflicts) {
    lines.push(`  conflict ${c.key}: ${c.reason}`);
    for (const d of c.differences.slice(0, 6)) lines.push(`    ${d.label}: here "${d.mine}" / return "${d.theirs}"`);
  }
  return lines.join('\n');
}

async function importOne(s: CliSession, eventId: number, file: string, opts: ConflictOptions & { dryRun?: boolean }): Promise<FilePreview> {
  const data = readInputFile(file).toString('base64');
  const fileName = basename(file);
  if (opts.dryRun) return s.call('returns.preview', { eventId, fileName, data });
  const preview = await s.call('returns.preview', { eventId, fileName, data });
  return s.call('returns.apply', { eventId, fileName, data, resolutions: resolutionsFor(preview.conflicts, opts) });
}

export function returnsCommand(): Command {
  const cmd = new Command('returns').description("On the facilitator's install: returns and filled workbooks coming back.");
  cmd
    .command('import')
    .description('Import returns or filled audit workbooks: each file is checked, previewed and applied in its own transaction. Exit 1 if any file was refused or has unresolved conflicts.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .argument('<files...>', '.scrutineer-return or .xlsx workbook files')
    .option('--dry-run', 'only show what would change')
    .option('--keep-mine', 'resolve every conflict by keeping what this install holds')
    .option('--take-theirs', "resolve every conflict by taking the return's version")
    .option('--keep-mine-for <refs>', 'keep what this install holds for these cases (comma-separated references; repeatable)', referenceList)
    .option('--take-theirs-for <refs>', "take the return's version for these cases (comma-separated references; repeatable)", referenceList)
    .action(
      action(async (s, files: string[], opts: ConflictOptions & { event: number; dryRun?: boolean }) => {
        checkConflictOptions(opts);
        const results: FilePreview[] = [];
        for (const file of files) results.push(await importOne(s, opts.event, file, opts));
        const shown = results.map((f) => ({ file: f.file, status: f.status, new: f.new, changed: f.changed, unchanged: f.unchanged, conflicts: f.conflicts, message: f.message, revision: f.revision, auditor: f.auditor, sha256: f.sha256 }));
        s.print({ files: shown }, () => results.map(describeFile).join('\n'));
        if (results.some((f) => f.status === 'refused' || f.status === 'conflict' || f.status === 'stale')) process.exitCode = 1;
      }),
    );
  return cmd;
}

export function workbookCommand(): Command {
  const cmd = new Command('workbook').description('The Excel route for agencies without Scrutineer.');
  cmd
    .command('create')
    .description('Make the audit workbook for one agency (read it back with `returns import`).')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--agency <name>', 'the agency')
    .requiredOption('--out <file>', 'workbook to write (.xlsx)')
    .action(
      action(async (s, opts: { event: number; agency: string; out: string }) => {
        if (!/\.xlsx$/i.test(opts.out)) throw new UserError(`${opts.out}: the workbook is an .xlsx file; give a name ending in .xlsx.`, 'BAD_FILE_TYPE');
        const agency = (await agencyResolver(s, opts.event))(opts.agency);
        const made = await s.call('workbooks.create', { eventId: opts.event, agencyId: agency.id });
        writeOut(opts.out, Buffer.from(made.base64, 'base64'));
        s.print({ file: opts.out, rows: made.rows }, () => `Wrote the audit workbook for ${agency.name} (${made.rows} rows) to ${opts.out}.`);
      }),
    );
  return cmd;
}
