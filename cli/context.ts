// Shared plumbing for CLI commands: global options, opening the core, calling the contract,
// and the one place that turns a failure into a single line on stderr and exit code 1.
import type { Command } from 'commander';
import { openCore, type CoreApp } from '../core/app';
import type { CallInput, CallValue } from '../core/contract/contract';
import type { CallName } from '../core/contract/names';
import { UserError, isUserError } from '../model/errors';
import { defaultDatabasePath } from '../core/paths';
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
  json?: boolean;
  user?: string;
}

export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

export class CliSession {
  private core: CoreApp | undefined;
  constructor(private readonly options: GlobalOptions) {}

  get json(): boolean {
    return this.options.json === true;
  }

  /** Calls the same contract the app uses; an error result becomes a UserError. */
  async call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallValue<K>> {
    // Changes are stamped with the name in Settings; from the CLI, --user or the login name stands in.
    setFallbackActor(this.options.user ?? loginName());
    this.core ??= openCore({
      databasePath: this.options.db ?? defaultDatabasePath(),
      host: headlessHost('cli'),
    });
    const result = await this.core.dispatch(name, input);
    if (!result.ok) throw new UserError(result.error.message, result.error.code);
    return result.value as CallValue<K>;
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
      fail(error);
    }
    session.close();
  };
}

export function fail(error: unknown): never {
  if (isUserError(error)) {
    process.stderr.write(`scrutineer: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`scrutineer: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  if (process.env.SCRUTINEER_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  process.exit(2);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`"${value}" is not a whole number of 1 or more.`);
  return n;
}
