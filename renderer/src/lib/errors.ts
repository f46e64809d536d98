// Turns anything a call can throw into what the error banner shows.
import { ApiError } from '../api/client';

export interface ShownError {
  message: string;
  problems: { path: string; message: string }[];
}

export function toShownError(error: unknown): ShownError {
  if (error instanceof ApiError) return { message: error.message, problems: error.problems };
  if (error instanceof Error) return { message: error.message, problems: [] };
  return { message: String(error), problems: [] };
}
