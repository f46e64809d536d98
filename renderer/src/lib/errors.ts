// The one shape of an error on screen: anything a call can throw becomes this, and the one
// ErrorBanner shows it.
import type { ValidationProblem } from '@model/problems';
import { ApiError } from '../api/client';

export interface ShownError {
  message: string;
  /** The core's error code (e.g. NO_USER_NAME), or null for an error from the page itself. */
  code: string | null;
  /** Problems by field path, listed under the message. */
  problems: ValidationProblem[];
  /** A headline for this error in particular ("The rationale for ... was not saved"). */
  title?: string;
}

export function toShownError(error: unknown, title?: string): ShownError {
  const shown: ShownError =
    error instanceof ApiError
      ? { message: error.message, code: error.code, problems: error.problems }
      : { message: error instanceof Error ? error.message : String(error), code: null, problems: [] };
  return title ? { ...shown, title } : shown;
}
