// Where the CLI and `dev:web` get the database key: --key-file FILE, else the SCRUTINEER_DB_KEY
// environment variable, else a prompt on the terminal (typing is not shown). With none of these
// the core says, in one line, how to give it.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { KeyInputs } from '../core/keys/unlock';
import { UserError } from '../model/errors';

export const KEY_ENV = 'SCRUTINEER_DB_KEY';

export function readKeyFileOption(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`The key file ${path} cannot be read.`, 'FILE_NOT_READABLE');
  }
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  if (firstLine.trim() === '') throw new UserError(`The key file ${path} is empty: it should hold the recovery key (64 hex digits) or the passphrase on its first line.`, 'EMPTY_FILE');
  return firstLine;
}

/** Whether a person is at a terminal to type a key or passphrase. */
export const atTerminal = (): boolean => process.stdin.isTTY === true && process.stderr.isTTY === true;

export function cliKeyInputs(options: { keyFile?: string }, env: NodeJS.ProcessEnv = process.env): KeyInputs {
  if (options.keyFile) return { given: { text: readKeyFileOption(options.keyFile), from: options.keyFile } };
  const fromEnv = env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return { given: { text: fromEnv, from: KEY_ENV } };
  return atTerminal() ? { ask: askOnTerminal } : {};
}

/** Reads one line from the terminal without showing it; a new passphrase is asked for twice. */
export async function askOnTerminal(question: string, { confirm }: { confirm: boolean }): Promise<string> {
  const first = await readHidden(question);
  if (!confirm) return first;
  const second = await readHidden('Type it again: ');
  if (first !== second) throw new UserError('The two passphrases were not the same. Nothing was changed; try again.', 'WRONG_PASSPHRASE');
  return first;
}

function readHidden(question: string): Promise<string> {
  process.stderr.write(question);
  // Output goes nowhere, so what is typed is not echoed; the prompt was written above.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
