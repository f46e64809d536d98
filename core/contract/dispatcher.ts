// The single entry point for calls from any transport (Electron IPC, the web test transport,
// tests): unknown names are refused, input is validated against the contract, and every
// failure comes back as data, never as a thrown error across the boundary.
import { z } from 'zod';
import { formatPath, toProblems } from '../../model/problems';
import { isUserError } from '../../model/errors';
import { contract, type CallValue, type ParsedInput } from './contract';
import { isCallName, type CallName, type CallResult } from './names';

/** A handler may be synchronous (database work) or asynchronous (reading a spreadsheet). */
export type Handlers<Ctx> = { [K in CallName]: (input: ParsedInput<K>, ctx: Ctx) => CallValue<K> | Promise<CallValue<K>> };

export type Dispatch = (name: unknown, input: unknown) => Promise<CallResult<unknown>>;

export function createDispatcher<Ctx>(handlers: Handlers<Ctx>, ctx: Ctx, onInternalError?: (error: unknown) => void): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'UNKNOWN_CALL', message: `Unknown call ${JSON.stringify(String(name)).slice(0, 80)}.` } };
    }
    const parsed = (contract[name].input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) {
      const problems = toProblems(parsed.error);
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? `${formatPath(first.path)}: ` : '';
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid input for ${name}: ${where}${first?.message ?? 'invalid'}`, problems } };
    }
    try {
      const handler = handlers[name] as (input: unknown, ctx: Ctx) => unknown;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (error) {
      if (isUserError(error)) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { problems: error.details } : {}) } };
      }
      onInternalError?.(error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Scrutineer; nothing was changed by this request.' } };
    }
  };
}
