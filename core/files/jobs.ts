// What the reading worker can be asked to do: each job takes plain data and returns plain data
// (both cross the thread by structured clone). To read a new kind of file off the main thread,
// add its job here; callers use readBounded(name, input) from ./bounded-reader.
import { readTable } from '../cases/import/read';
import { decrypt } from '../exchange/crypto';
import { parseFrameworkText } from '../frameworks/files';
import { readLimits, type ReadLimits } from './limits';
import { readWorkbookSheets } from './workbook-sheets';

export const readJobs = {
  /** A case list or a returns file, CSV or XLSX, as a table of text. */
  table: (input: { bytes: Uint8Array; fileName: string; limits?: Partial<ReadLimits> }) => readTable(input.bytes, input.fileName, { ...readLimits, ...input.limits }),
  /** A framework file (JSON or YAML), parsed and validated. */
  framework: (input: { text: string; fileName: string }) => parseFrameworkText(input.text, input.fileName),
  /** Every sheet of an XLSX (an audit workbook coming back) as text, after the zip checks. */
  workbook: (input: { bytes: Uint8Array; limits?: Partial<ReadLimits> }) => readWorkbookSheets(input.bytes, { ...readLimits, ...input.limits }),
  /** An exchange file (pack or return): age-decrypted (scrypt for a passphrase is slow) and its JSON parsed. */
  exchange: async (input: { bytes: Uint8Array; key: { passphrase: string } | { identity: string } }) => {
    const result = await decrypt(input.bytes, input.key);
    return result.ok ? { ok: true as const, json: parseJson(result.plain) } : result;
  },
};

function parseJson(plain: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return undefined;
  }
}

export type ReadJobs = typeof readJobs;
export type ReadJobName = keyof ReadJobs;
export type ReadJobInput<K extends ReadJobName> = Parameters<ReadJobs[K]>[0];
export type ReadJobOutput<K extends ReadJobName> = Awaited<ReturnType<ReadJobs[K]>>;

/** What the worker posts back. */
export type WorkerReply =
  | { ok: true; value: unknown }
  | { ok: false; user: { message: string; code: string; details?: unknown } }
  | { ok: false; internal: { name: string; message: string; stack?: string } };
