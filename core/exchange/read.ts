// Reading exchange files: every pack and return comes in through here, decrypted and parsed in
// the bounded reader's worker (core/files), so a hostile or huge file cannot stall the app. Each
// failure is one clear line.
import { UserError } from '../../model/errors';
import { readBounded } from '../files/bounded-reader';
import { packSchema, returnBodySchema, returnEnvelopeSchema, type Pack, type ReturnBody } from './formats';

export const MAX_EXCHANGE_BYTES = 50 * 1024 * 1024;

/** The one place exchange files are taken in (size-checked). */
export function readBytes(fileName: string, bytes: Uint8Array): Uint8Array {
  if (bytes.length > MAX_EXCHANGE_BYTES) throw new UserError(`${fileName} is larger than ${MAX_EXCHANGE_BYTES / 1024 / 1024} MB: not a Scrutineer pack or return.`, 'BAD_FILE');
  return bytes;
}

function notExchange(fileName: string, what: string): UserError {
  return new UserError(`${fileName} is not a Scrutineer ${what}.`, 'NOT_EXCHANGE_FILE');
}

function damaged(fileName: string): UserError {
  return new UserError(`${fileName} is damaged or was changed after it was made (it failed its integrity check); ask for it to be sent again.`, 'DAMAGED_FILE');
}

function parseJson(plain: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return undefined;
  }
}

export async function readPack(fileName: string, bytes: Uint8Array, passphrase: string): Promise<Pack> {
  const result = await readBounded('exchange', { bytes: readBytes(fileName, bytes), key: { passphrase } });
  if (!result.ok) {
    if (result.why === 'not-age') throw notExchange(fileName, 'audit pack');
    if (result.why === 'no-match') throw new UserError(`The passphrase does not open ${fileName}: check it with the person who sent the pack.`, 'WRONG_PASSPHRASE');
    throw damaged(fileName);
  }
  const parsed = packSchema.safeParse(result.json);
  if (!parsed.success) throw notExchange(fileName, 'audit pack');
  return parsed.data;
}

export interface ReadReturn {
  body: ReturnBody;
  bodyText: string;
  hmac: string;
}

export async function readReturn(fileName: string, bytes: Uint8Array, identity: string): Promise<ReadReturn> {
  const result = await readBounded('exchange', { bytes: readBytes(fileName, bytes), key: { identity } });
  if (!result.ok) {
    if (result.why === 'not-age') throw notExchange(fileName, 'return');
    if (result.why === 'no-match') throw new UserError(`${fileName} was not made for this install: it is encrypted for another facilitator’s key, or it is a pack, not a return.`, 'NOT_FOR_THIS_INSTALL');
    throw damaged(fileName);
  }
  const envelope = returnEnvelopeSchema.safeParse(result.json);
  if (!envelope.success) throw notExchange(fileName, 'return');
  const body = returnBodySchema.safeParse(parseJson(new TextEncoder().encode(envelope.data.body)));
  if (!body.success) throw notExchange(fileName, 'return');
  return { body: body.data, bodyText: envelope.data.body, hmac: envelope.data.hmac };
}
