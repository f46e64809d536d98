// `scrutineer key recovery --out FILE` and `key passphrase`: the recovery key saved to keep apart,
// and the key file protected with a new passphrase (for a machine several people share).
import { Command } from 'commander';
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../model/errors';
import { action } from '../context';
import { askOnTerminal, atTerminal, readKeyFileOption } from '../key-input';

/** Created, never overwritten, readable by its owner only. */
function writeNewPrivateFile(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') throw new UserError(`${path} already exists; choose a new file name.`, 'FILE_EXISTS');
    throw new UserError(`${path} cannot be written (${code ?? 'error'}).`, 'FILE_NOT_WRITABLE');
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export function keyCommand(): Command {
  const cmd = new Command('key').description("The database key: save the recovery key, or protect the key with a passphrase.");
  cmd
    .command('recovery')
    .description('Write the recovery key (its first line is the key, so the file works with --key-file). Keep it apart from the computer.')
    .requiredOption('--out <file>', 'a new file to write (readable by you only)')
    .action(
      action(async (s, opts: { out: string }) => {
        const file = await s.call('data.recoveryKey', {});
        const path = resolve(opts.out);
        writeNewPrivateFile(path, file.text);
        s.print({ path }, () => path);
      }),
    );
  cmd
    .command('passphrase')
    .description('Protect the key with a new passphrase, asked at every start (instead of the keychain or a key given each time).')
    .option('--passphrase-file <file>', 'read the new passphrase from the first line of this file (else it is asked twice on the terminal)')
    .action(
      action(async (s, opts: { passphraseFile?: string }) => {
        let passphrase: string;
        if (opts.passphraseFile) passphrase = readKeyFileOption(opts.passphraseFile);
        else if (atTerminal()) passphrase = await askOnTerminal('New passphrase: ', { confirm: true });
        else throw new UserError('Give the new passphrase with --passphrase-file FILE, or run the command in a terminal to type it.', 'KEY_NEEDED');
        const status = await s.call('data.protectWithPassphrase', { passphrase });
        s.print(status, () => `The key of ${status.databasePath} is now protected by the passphrase, in ${status.keyFile}.`);
      }),
    );
  return cmd;
}
