// Generated passphrases: six words drawn uniformly (crypto.randomInt) from the shipped list.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../model/errors';

export const PASSPHRASE_WORDS = 6;
export const MIN_CHOSEN_LENGTH = 12;

const lists = new Map<string, string[]>();

export function wordList(templatesDir: string): string[] {
  const path = join(templatesDir, 'wordlist', 'passphrase-words.txt');
  let words = lists.get(path);
  if (!words) {
    words = readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    lists.set(path, words);
  }
  return words;
}

export function generatePassphrase(templatesDir: string, count = PASSPHRASE_WORDS): string {
  const words = wordList(templatesDir);
  return Array.from({ length: count }, () => words[randomInt(words.length)]).join('-');
}

export function checkChosenPassphrase(passphrase: string): string {
  const p = passphrase.trim();
  if (p.length < MIN_CHOSEN_LENGTH) throw new UserError(`A passphrase you choose must have at least ${MIN_CHOSEN_LENGTH} characters; or leave it out and Scrutineer makes one.`, 'WEAK_PASSPHRASE');
  return p;
}
