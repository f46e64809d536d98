// The shape of an audit framework, as files hold it and as the editor sends it. One zod schema
// validates both, and its messages name the path of the bad field.
import { z } from 'zod';
import { toProblems, type ValidationProblem } from './problems';

const key = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by single hyphens, e.g. "child-focus"');

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

/** What a framework may hold: enough for any real audit tool, small enough that no file can stall the app. */
export const frameworkLimits = { criteria: 200, levels: 10, domains: 50, guidance: 20 } as const;

const whole = new Intl.NumberFormat('en-GB');
/** "has 10,000 criteria; the limit is 200", with the count the input really has. */
const atMost = (limit: number, what: string) => ({ error: (issue: { input?: unknown }) => `has ${whole.format(Array.isArray(issue.input) ? issue.input.length : 0)} ${what}; the limit is ${limit}` });

export const scaleLevelSchema = z.object({
  label: text(60),
  value: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0).max(100),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1b7a3e'),
  description: z.string().trim().max(500).default(''),
}).strict();

export const scaleSchema = z.object({
  levels: z.array(scaleLevelSchema).min(2, 'needs at least two levels').max(frameworkLimits.levels, atMost(frameworkLimits.levels, 'levels')),
  notApplicableLabel: text(60).default('Not applicable'),
  /** Levels with this value or above count towards "% good or better". */
  goodOrBetterFrom: z.number({ error: 'must be a whole number' }).int('must be a whole number'),
}).strict();

export const criterionSchema = z.object({
  key,
  title: text(200),
  guidance: z.array(text(1000)).max(frameworkLimits.guidance, atMost(frameworkLimits.guidance, 'prompts')).default([]),
  whatGoodLooksLike: z.string().trim().max(2000).default(''),
}).strict();

export const domainSchema = z.object({
  key,
  title: text(200),
  criteria: z.array(criterionSchema).min(1, 'needs at least one criterion').max(frameworkLimits.criteria, atMost(frameworkLimits.criteria, 'criteria')),
}).strict();

export const frameworkDefinitionSchema = z
  .object({
    key,
    name: text(200),
    version: z.number().int().min(1).default(1),
    description: z.string().trim().max(4000).default(''),
    scale: scaleSchema,
    domains: z.array(domainSchema).min(1, 'needs at least one domain').max(frameworkLimits.domains, atMost(frameworkLimits.domains, 'domains')),
  })
  .strict()
  .superRefine((fw, ctx) => {
    const seenValues = new Map<number, number>();
    const seenLabels = new Map<string, number>();
    fw.scale.levels.forEach((level, i) => {
      if (seenValues.has(level.value))
        ctx.addIssue({ code: 'custom', path: ['scale', 'levels', i, 'value'], message: `repeats the value ${level.value} of level ${seenValues.get(level.value)! + 1}` });
      seenValues.set(level.value, i);
      const label = level.label.toLowerCase();
      if (seenLabels.has(label) || label === fw.scale.notApplicableLabel.toLowerCase())
        ctx.addIssue({ code: 'custom', path: ['scale', 'levels', i, 'label'], message: `"${level.label}" is used twice` });
      seenLabels.set(label, i);
    });
    if (!seenValues.has(fw.scale.goodOrBetterFrom))
      ctx.addIssue({ code: 'custom', path: ['scale', 'goodOrBetterFrom'], message: 'must be the value of one of the levels' });
    const total = fw.domains.reduce((n, d) => n + d.criteria.length, 0);
    if (total > frameworkLimits.criteria)
      ctx.addIssue({ code: 'custom', path: ['domains'], message: `have ${whole.format(total)} criteria between them; the limit is ${frameworkLimits.criteria}` });
    const domainKeys = new Set<string>();
    const criterionKeys = new Set<string>();
    fw.domains.forEach((domain, d) => {
      if (domainKeys.has(domain.key))
        ctx.addIssue({ code: 'custom', path: ['domains', d, 'key'], message: `"${domain.key}" is used by another domain` });
      domainKeys.add(domain.key);
      domain.criteria.forEach((criterion, c) => {
        if (criterionKeys.has(criterion.key))
          ctx.addIssue({ code: 'custom', path: ['domains', d, 'criteria', c, 'key'], message: `"${criterion.key}" is used by another criterion` });
        criterionKeys.add(criterion.key);
      });
    });
  });

export type FrameworkDefinition = z.output<typeof frameworkDefinitionSchema>;
export type ScaleLevel = z.output<typeof scaleLevelSchema>;
export type Criterion = z.output<typeof criterionSchema>;

export type ValidationResult =
  | { ok: true; framework: FrameworkDefinition; problems: [] }
  | { ok: false; problems: ValidationProblem[] };

export function validateFramework(input: unknown): ValidationResult {
  const parsed = frameworkDefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  // Best first, so every list and chart reads from the top of the scale.
  const framework = { ...parsed.data, scale: { ...parsed.data.scale, levels: levelsBestFirst(parsed.data.scale.levels) } };
  return { ok: true, framework, problems: [] };
}

/** The scale's levels best first, as every list and chart shows them (keys: see grade-keys.ts). */
export function levelsBestFirst<Level extends { value: number }>(levels: readonly Level[]): Level[] {
  return levels.toSorted((a, b) => b.value - a.value);
}

export function allCriteria(framework: Pick<FrameworkDefinition, 'domains'>): Criterion[] {
  return framework.domains.flatMap((d) => d.criteria);
}
