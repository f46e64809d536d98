// The single entry point for calls from any transport (Electron IPC, the web test transport,
// tests): unknown names are refused, input is validated against the contract, and every
// failure comes back as data, never as a thrown error across the boundary.
import { z } from 'zod';
import { formatPath, toProblems } from '../../model/problems';
import { isUserError, type UserError } from '../../model/errors';
import { contract, type CallValue, type ParsedInput } from './contract';
import { isCallName, type CallName, type CallResult } from './names';

/** A handler may be synchronous (database work) or asynchronous (reading a spreadsheet). */
export type Handlers<Ctx> = { [K in CallName]: (input: ParsedInput<K>, ctx: Ctx) => CallValue<K> | Promise<CallValue<K>> };

export type Dispatch = (name: unknown, input: unknown) => Promise<CallResult<unknown>>;

/**
 * onInternalError hears of every bug and may return where it logged it; knownFailure turns the
 * failures that are not bugs (the database busy, the disk full...) into a UserError.
 */
export function createDispatcher<Ctx>(
  handlers: Handlers<Ctx>,
  ctx: Ctx,
  onInternalError?: (error: unknown, call: CallName) => string | null | void,
  knownFailure?: (error: unknown) => UserError | undefined,
): Dispatch {
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
      const userError = isUserError(error) ? error : knownFailure?.(error);
      if (userError) {
        return { ok: false, error: { code: userError.code, message: userError.message, ...(userError.details ? { problems: userError.details } : {}) } };
      }
      const logPath = onInternalError?.(error, name);
      const where = logPath ? ` The details were written to ${logPath}.` : '';
      return { ok: false, error: { code: 'INTERNAL', message: `Scrutineer hit an internal error (a fault in Scrutineer, not something you did); nothing was changed by this request.${where}` } };
    }
  };
}
