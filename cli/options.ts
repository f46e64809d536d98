// Option parsers and file reading shared by the CLI's commands.
import { InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';
import { SMALL_NUMBER_THRESHOLD } from '../core/disclosure/suppression';
import { UserError } from '../model/errors';

/** An id option: a whole number of 1 or more. */
export function idOption(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`must be ${what} (a whole number).`);
    return n;
  };
}

export const eventIdOption = idOption('an event id');

export function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new UserError(`${file}: no such file, or it cannot be read.`, 'FILE_NOT_READABLE');
  }
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** "fewer than 5 cases", from the disclosure policy's own threshold (help texts and withheld counts). */
export const fewerThanSmall = `fewer than ${SMALL_NUMBER_THRESHOLD} cases`;
