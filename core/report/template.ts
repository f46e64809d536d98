// The report template (templates/report/report.yaml): sections, order, headings, which are
// narrative, the house style and branding. Validated on load with the path of any bad field.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { describeProblems, toProblems } from '../../model/problems';
import { UserError } from '../../model/errors';
import { loadGlossary, type GlossaryTerm } from './glossary';

/** Sections written in the app; every other section is generated from the audit. */
export const narrativeSectionKeys = ['executive-summary', 'purpose', 'voice', 'limitations', 'conclusions', 'next-steps'] as const;

export const sectionKeys = [
  'document-control',
  'executive-summary',
  'purpose',
  'scope-and-method',
  'sample-selection',
  'sample-profile',
  'overall-judgements',
  'findings-by-criterion',
  'findings-by-agency',
  'agreement',
  'difference-made',
  'voice',
  'good-practice',
  'areas-for-development',
  'themes',
  'safeguarding-escalations',
  'previous-action-plan',
  'recommendations',
  'comparison',
  'limitations',
  'conclusions',
  'next-steps',
  'glossary',
  'appendix-framework',
] as const;
export type SectionKey = (typeof sectionKeys)[number];
export type SectionKind = 'generated' | 'narrative';

/** Whether a section is written in the app or generated: fixed by its key, since only one of the two can fill it. */
export const kindOf = (key: SectionKey): SectionKind => ((narrativeSectionKeys as readonly string[]).includes(key) ? 'narrative' : 'generated');

const sectionKey = z.enum(sectionKeys, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a section Scrutineer can fill; the sections are ${sectionKeys.join(', ')}`,
});

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'must be a colour like 1D3F6E');

export const reportTemplateSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    sections: z
      .array(
        z
          .object({
            key: sectionKey,
            heading: z.string().min(1, 'is required'),
            /** Optional: the key decides it; when given it must agree. */
            kind: z.enum(['generated', 'narrative']).optional(),
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
      if (s.kind && s.kind !== kindOf(s.key)) {
        const how = kindOf(s.key) === 'narrative' ? 'is written in the app' : 'is generated from the audit';
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'kind'], message: `"${s.key}" ${how}, so its kind is ${kindOf(s.key)} (or leave kind out)` });
      }
    });
  })
  .transform((t) => ({ ...t, sections: t.sections.map((s) => ({ ...s, kind: kindOf(s.key) })) }));

export type ReportTemplate = z.output<typeof reportTemplateSchema> & {
  logoPng: Buffer | null;
  /** The glossary's terms (templates/report/glossary.yaml); empty when the template has no glossary section. */
  glossary: GlossaryTerm[];
};

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
  const glossary = parsed.data.sections.some((s) => s.key === 'glossary') ? loadGlossary(join(dirname(path), 'glossary.yaml')) : [];
  return { ...parsed.data, logoPng: logo ? readFileSync(logo) : null, glossary };
}
