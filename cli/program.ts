// The CLI's command tree. Global options (--db, --json) apply to every command.
import { Command } from 'commander';
import { APP_VERSION } from '../core/version';
import { frameworkCommand } from './commands/framework';
import { eventCommand } from './commands/event';
import { casesCommand } from './commands/cases';
import { sampleCommand } from './commands/sample';
import { auditsCommand, trailCommand } from './commands/audits';
import { summaryCommand } from './commands/summary';
import { allocateCommand, allocationCommand } from './commands/allocation';
import { identityCommand, packCommand, returnCommand, returnsCommand, workbookCommand } from './commands/exchange';
import { demoCommand } from './commands/demo';
import { briefingCommand, figuresCommand, reportCommand } from './commands/report';
import { backupCommand, backupsCommand, restoreCommand, retentionCommand } from './commands/data';
import { findingsCommand, narrativeCommand } from './commands/findings';
import { moderationCommand } from './commands/moderation';
import { keyCommand } from './commands/key';
import { escalationsCommand, themesCommand } from './commands/safeguarding';

export function buildProgram(): Command {
  const program = new Command('scrutineer')
    .description('Scrutineer: multi-agency case file audits of child neglect, from the command line.')
    .version(APP_VERSION)
    .option('--db <path>', 'database file (default: the app\'s data folder)')
    .option('--key-file <file>', 'file holding the database key (the recovery key) or passphrase; else SCRUTINEER_DB_KEY, else asked on the terminal')
    .option('--json', 'print machine-readable JSON on stdout')
    .option('--user <name>', "name stamped on changes when Settings has none (default: your login name)")
    .showHelpAfterError('(add --help for usage)')
    .enablePositionalOptions(false);
  program.addCommand(frameworkCommand());
  program.addCommand(eventCommand());
  program.addCommand(casesCommand());
  program.addCommand(sampleCommand());
  program.addCommand(auditsCommand());
  program.addCommand(trailCommand());
  program.addCommand(moderationCommand());
  program.addCommand(escalationsCommand());
  program.addCommand(themesCommand());
  program.addCommand(allocateCommand());
  program.addCommand(allocationCommand());
  program.addCommand(identityCommand());
  program.addCommand(packCommand());
  program.addCommand(returnCommand());
  program.addCommand(returnsCommand());
  program.addCommand(workbookCommand());
  program.addCommand(summaryCommand());
  program.addCommand(demoCommand());
  program.addCommand(reportCommand());
  program.addCommand(briefingCommand());
  program.addCommand(figuresCommand());
  program.addCommand(backupCommand());
  program.addCommand(backupsCommand());
  program.addCommand(restoreCommand());
  program.addCommand(retentionCommand());
  program.addCommand(keyCommand());
  program.addCommand(findingsCommand());
  program.addCommand(narrativeCommand());
  return program;
}
