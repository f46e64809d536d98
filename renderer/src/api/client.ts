// Typed calls to the core. A failed call rejects with ApiError carrying the core's code,
// message and (for validation) the list of problems by field path.
import type { CallInput, CallValue } from '@contract/contract';
import type { CallError, CallName } from '@contract/names';
import { bridge } from './transport';

export class ApiError extends Error {
  readonly code: string;
  readonly problems: { path: string; message: string }[];
  constructor(error: CallError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.problems = error.problems ?? [];
  }
}

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallValue<K>> {
  const result = await bridge.call(name, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as CallValue<K>;
}
