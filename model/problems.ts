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

export function describeProblems(problems: ValidationProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
}
