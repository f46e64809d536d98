// Errors from calls that change audit data. Every change is stamped with the user's name, so the
// core refuses with NO_USER_NAME until one is set; the banner then links to Settings.
import { ApiError } from '../api/client';
import { toShownError, type ShownError } from '../lib/errors';

export interface ChangeError extends ShownError {
  code: string | null;
  title: string;
}

export function toChangeError(error: unknown, title: string): ChangeError {
  return { ...toShownError(error), code: error instanceof ApiError ? error.code : null, title };
}
