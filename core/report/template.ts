// The report template (templates/report/report.yaml): sections, order, headings, which are
// narrative, the house style and branding. Validated on load with the path of any bad field.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { describeProblems, toProblems } from '../../model/problems';
import { UserError } from '../../model/errors';

export const sectionKeys = [
  'executive-summary',
  'scope-and-method',
  'sample-selection',
  'sample-profile',
  'findings-by-criterion',
  'findings-by-agency',
  'agreement',
  'good-practice',
  'areas-for-development',
  'themes',
  'safeguarding-escalations',
  'recommendations',
  'comparison',
  'conclusions',
  'appendix-framework',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'must be a colour like 1D3F6E');

export const reportTemplateSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    sections: z
      .array(
        z
          .object({
            key: z.enum(sectionKeys),
            heading: z.string().min(1, 'is required'),
            kind: z.enum(['generated', 'narrative']),
            prompt: z.string().default(''),
            /** On landscape pages of its own: wide tables such as the agency table. */
            landscape: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1),
    style: z
      .object({
        font: z.string().min(1),
        bodySize: z.number().min(8).max(16),
        headingColour: hex,
        tableHeaderFill: hex,
        tableHeaderText: hex,
        bands: z.array(z.object({ below: z.number(), fill: hex }).strict()).min(1),
      })
      .strict(),
    branding: z.object({ logo: z.string().nullable().default(null) }).strict(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.sections.forEach((s, i) => {
      if (seen.has(s.key)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'key'], message: `"${s.key}" appears twice` });
      seen.add(s.key);
    });
  });

export type ReportTemplate = z.output<typeof reportTemplateSchema> & { logoPng: Buffer | null };

export function loadReportTemplate(templatesDir: string): ReportTemplate {
  const path = join(templatesDir, 'report', 'report.yaml');
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${path}: cannot be read as YAML: ${(error as Error).message}`, 'BAD_TEMPLATE');
  }
  const parsed = reportTemplateSchema.safeParse(data);
  if (!parsed.success) throw new UserError(`${path}: ${describeProblems(toProblems(parsed.error))}`, 'BAD_TEMPLATE');
  const logo = parsed.data.branding.logo ? resolve(dirname(path), parsed.data.branding.logo) : null;
  if (logo && !existsSync(logo)) throw new UserError(`${path}: branding.logo: ${logo} does not exist`, 'BAD_TEMPLATE');
  return { ...parsed.data, logoPng: logo ? readFileSync(logo) : null };
}
