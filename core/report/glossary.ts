// The report's glossary (templates/report/glossary.yaml): terms and their definitions, validated
// on load with the path of any bad field, listed in the file's order.
import { existsSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { describeProblems, toProblems } from '../../model/problems';
import { UserError } from '../../model/errors';

export const glossarySchema = z
  .object({
    terms: z
      .array(
        z
          .object({
            term: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
            definition: z.string().trim().min(1, 'is required').max(600, 'must be at most 600 characters'),
          })
          .strict(),
      )
      .min(1, 'lists no terms')
      .max(200, 'lists more than 200 terms'),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.terms.forEach((t, i) => {
      const key = t.term.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'term'], message: `"${t.term}" appears twice` });
      seen.add(key);
    });
  });

export type GlossaryTerm = z.output<typeof glossarySchema>['terms'][number];

export function loadGlossary(path: string): GlossaryTerm[] {
  if (!existsSync(path)) throw new UserError(`${path}: the report has a glossary section but this file does not exist`, 'BAD_TEMPLATE');
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${path}: cannot be read as YAML: ${(error as Error).message}`, 'BAD_TEMPLATE');
  }
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) throw new UserError(`${path}: ${describeProblems(toProblems(parsed.error))}`, 'BAD_TEMPLATE');
  return parsed.data.terms;
}
