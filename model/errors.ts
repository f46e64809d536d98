/**
 * An error the user can act on (bad input, unknown key, refused database). Its message is shown
 * as is: one clear sentence, no stack. Anything else that is thrown is a bug.
 */
import type { ValidationProblem } from './problems';

/** Every code an error may carry across the contract, so callers can switch on it safely. */
export const errorCodes = [
  // raised by the core
  'USER_ERROR',
  'ARCHIVED',
  'AGENCY_ARCHIVED',
  'AGENCY_HAS_AUDITS',
  'AUDIT_MODERATED',
  'AUDIT_SUBMITTED',
  'BAD_AUDIT_DATE',
  'BAD_CSV',
  'BAD_ENCODING',
  'BAD_FILE',
  'BAD_FILE_TYPE',
  'BAD_MAPPING',
  'BAD_PATH',
  'BAD_TEMPLATE',
  'DATABASE_TOO_NEW',
  'DUPLICATE_COLUMN',
  'DUPLICATE_KEY',
  'DUPLICATE_NAME',
  'EMPTY_FILE',
  'FILE_MISSING',
  'FILE_NOT_READABLE',
  'IDENTIFIERS_FOUND',
  'INCOMPLETE',
  'INVALID_FRAMEWORK',
  'INVALID_INPUT',
  'LINK_REFUSED',
  'MODERATION_LOCKED',
  'NOT_ANONYMISED',
  'NOT_A_DATABASE',
  'NOT_COMPARABLE',
  'NOT_FOUND',
  'NOT_IN_EVENT',
  'NOT_LOCKED',
  'NOT_NARRATIVE',
  'NOT_ON_SCALE',
  'NOT_SUBMITTED',
  'NOTHING_TO_AGREE',
  'NO_FOLDER',
  'NO_COMPARISON',
  'NO_HEADER',
  'NO_USER_NAME',
  'PARSE_ERROR',
  'SUPPRESSED',
  'TOO_LARGE',
  'TOO_SLOW',
  'UNKNOWN_CRITERION',
  // choosing the sample
  'BAD_COHORT',
  'BAD_SEED',
  'BAD_STRATA',
  'COHORT_TOO_SMALL',
  'NO_RESERVE',
  'NO_SAMPLE',
  'SAMPLE_EXISTS',
  // the database file and the disk under it
  'BACKUP_FAILED',
  'DATABASE_BUSY',
  'DATABASE_CANNOT_OPEN',
  'DATABASE_DAMAGED',
  'DATABASE_READ_ONLY',
  'DISK_ERROR',
  'DISK_FULL',
  'EMPTY_DATABASE',
  // audits across agencies: allocation, packs, returns and workbooks
  'NOTHING_ALLOCATED',
  'PACK_EVENT',
  'NOT_A_PACK_EVENT',
  'WEAK_PASSPHRASE',
  'WRONG_PASSPHRASE',
  'NOT_EXCHANGE_FILE',
  'DAMAGED_FILE',
  'NOT_FOR_THIS_INSTALL',
  'OWN_PACK',
  'BAD_PACK',
  'PACK_ALREADY_OPEN',
  'UNKNOWN_PACK',
  'OTHER_EVENT',
  'BAD_HMAC',
  'SUPERSEDED_PACK',
  'BAD_RETURN',
  'WORKBOOK_EDITED',
  'BAD_WORKBOOK',
  'DATABASE_IN_USE',
  'NOT_A_BACKUP',
  'FILE_EXISTS',
  'FILE_NOT_WRITABLE',
  'CONFIRMATION_MISMATCH',
  // keys and encryption
  'BAD_KEY_FILE',
  'KEY_NEEDED',
  'WRONG_KEY',
  'LOCKED',
  // raised by the dispatcher and the transports
  'UNKNOWN_CALL',
  'INTERNAL',
  'UNAUTHORISED',
  'UNTRUSTED_SENDER',
  'BAD_REQUEST',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'USER_ERROR',
    /** Field-level problems, shown beside the fields they name. */
    readonly details?: ValidationProblem[],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
