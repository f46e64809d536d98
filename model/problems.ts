// A problem with one field of some input, named by its path ("domains[0].criteria[2].key"), so
// forms can show it beside the field and the CLI can print it in one line.
import type { z } from 'zod';

export interface ValidationProblem {
  /** Dotted path such as "domains[0].criteria[2].key"; empty for the whole document. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function toProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.code === 'unrecognized_keys' ? `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
  }));
}

/** How many problems a message lists before "and N more": a file with ten thousand bad fields gets a readable line. */
export const PROBLEMS_LISTED = 20;

export function describeProblems(problems: ValidationProblem[]): string {
  const listed = problems.slice(0, PROBLEMS_LISTED).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (problems.length > PROBLEMS_LISTED) listed.push(`and ${problems.length - PROBLEMS_LISTED} more`);
  return listed.join('; ');
}

/** The first problems, and one more entry saying how many were left out. */
export function firstProblems(problems: ValidationProblem[]): ValidationProblem[] {
  if (problems.length <= PROBLEMS_LISTED) return problems;
  return [...problems.slice(0, PROBLEMS_LISTED), { path: '', message: `and ${problems.length - PROBLEMS_LISTED} more problems` }];
}
