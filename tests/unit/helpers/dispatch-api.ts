// The contract's calls straight through a core's dispatcher, shaped like the browser tests' API
// helper (tests/support/api.ts), so both can share seeding code. A refused call throws.
import type { CoreApp } from '../../../core/app';
import type { Api } from '../../support/api';

export function dispatchApi(core: CoreApp): Api {
  return async <T,>(name: string, input: unknown) => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
}
