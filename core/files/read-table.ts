// A case list or a returns file as a table, read off the main thread under the reading limits.
// A refusal is the user's to act on and starts with the file's name; anything else stays a bug.
import { isUserError, UserError } from '../../model/errors';
import type { RawTable } from '../cases/import/table';
import { readBounded } from './bounded-reader';

export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<RawTable> {
  try {
    return await readBounded('table', { bytes, fileName });
  } catch (error) {
    if (isUserError(error)) throw new UserError(`${fileName}: ${error.message}`, error.code, error.details);
    throw error;
  }
}
