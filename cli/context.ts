// Shared plumbing for CLI commands: global options, opening the core, calling the contract, and
// the one place that turns a failure into words and an exit code: 1 for what the user can put
// right (one line on stderr), 2 for an internal error (logged with its stack in the data folder).
import type { Command } from 'commander';
import { launchCore, type CoreApp } from '../core/app';
import { cliKeyInputs } from './key-input';
import type { CallInput, CallValue } from '../core/contract/contract';
import type { CallName } from '../core/contract/names';
import { UserError, isUserError } from '../model/errors';
import { defaultDatabasePath } from '../core/paths';
import { databaseProblem } from '../db/errors';
import { dataDirFor, describeError, writeErrorLog } from '../core/error-log';
import { headlessHost } from '../core/headless-host';
import { setFallbackActor } from '../core/audits/actor';
import { userInfo } from 'node:os';

function loginName(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}

export interface GlobalOptions {
  db?: string;
  keyFile?: string;
  json?: boolean;
  user?: string;
}

export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

/** An internal error the dispatcher has already logged: fail() reports it with the log's path. */
export class InternalError extends Error {
  constructor(
    readonly original: unknown,
    readonly logPath: string | null,
  ) {
    super((original as Error)?.message ?? String(original));
    this.name = 'InternalError';
  }
}

export class CliSession {
  private core: CoreApp | undefined;
  private lastInternal: { error: unknown; logPath: string | null } | undefined;
  constructor(private readonly options: GlobalOptions) {}

  get databasePath(): string {
    return this.options.db ?? defaultDatabasePath();
  }

  get json(): boolean {
    return this.options.json === true;
  }

  /** Calls the same contract the app uses; an error result becomes a UserError. */
  async call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallValue<K>> {
    // Changes are stamped with the name in Settings; from the CLI, --user or the login name stands in.
    setFallbackActor(this.options.user ?? loginName());
    const core = await this.open();
    const result = await core.dispatch(name, input);
    if (!result.ok && result.error.code === 'INTERNAL' && this.lastInternal) throw new InternalError(this.lastInternal.error, this.lastInternal.logPath);
    if (!result.ok) throw new UserError(result.error.message, result.error.code, result.error.problems);
    return result.value as CallValue<K>;
  }

  /** Opens the core once per command, with the key from --key-file, SCRUTINEER_DB_KEY or the terminal. */
  async open(): Promise<CoreApp> {
    this.core ??= await launchCore({
      databasePath: this.databasePath,
      keys: cliKeyInputs({ keyFile: this.options.keyFile }),
      host: headlessHost('cli'),
      onInternalError: (error, logPath) => (this.lastInternal = { error, logPath }),
    });
    return this.core;
  }

  print(json: unknown, human: () => string): void {
    process.stdout.write(this.json ? `${JSON.stringify(json, null, 2)}\n` : `${human()}\n`);
  }

  close(): void {
    this.core?.close();
  }
}

/** Wraps a command action: opens a session, runs, closes, and reports failures as one line. */
export function action<Args extends unknown[]>(run: (session: CliSession, ...args: Args) => void | Promise<void>) {
  return async function (this: Command, ...args: Args): Promise<void> {
    const session = new CliSession(globals(this));
    try {
      await run(session, ...args);
    } catch (error) {
      // Close first: fail() exits the process, and a closed database leaves no -wal/-shm behind.
      session.close();
      fail(error, session.databasePath, session.json);
    }
    session.close();
  };
}

export function fail(error: unknown, databasePath: string = defaultDatabasePath(), json = false): never {
  const userError = isUserError(error) ? error : databaseProblem(error, databasePath);
  if (userError) {
    process.stderr.write(`scrutineer: ${userError.message}\n`);
    // Identifiers found in an export's text: one line per hit, saying where to fix it; --json lists them on stdout.
    if (userError.code === 'IDENTIFIERS_FOUND' && userError.details?.length) {
      for (const p of userError.details) process.stderr.write(`scrutineer:   ${p.message} (fix: ${p.path})\n`);
      if (json) process.stdout.write(`${JSON.stringify({ error: { code: userError.code, message: userError.message, hits: userError.details.map((p) => ({ hit: p.message, fix: p.path })) } }, null, 2)}\n`);
    }
    process.exit(1);
  }
  const original = error instanceof InternalError ? error.original : error;
  const logPath = error instanceof InternalError ? error.logPath : writeErrorLog(dataDirFor(databasePath), original, `command ${process.argv.slice(2).join(' ')}`);
  process.stderr.write(
    `scrutineer: internal error (a fault in Scrutineer, not something you did): ${(original as Error)?.message ?? String(original)}\n` +
      (logPath ? `scrutineer: the details are in ${logPath}; please send that file with your report.\n` : ''),
  );
  if (debugging()) process.stderr.write(`${describeError(original)}\n`);
  process.exit(2);
}

/** SCRUTINEER_DEBUG=1 (any value but empty or 0) prints an internal error's stack. */
function debugging(): boolean {
  const flag = process.env.SCRUTINEER_DEBUG;
  return flag !== undefined && flag !== '' && flag !== '0';
}

