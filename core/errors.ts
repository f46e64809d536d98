/**
 * An error the user can act on (bad input, unknown key, refused database). Its message is shown
 * as is: one clear sentence, no stack. Anything else that is thrown is a bug.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = 'USER_ERROR',
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
