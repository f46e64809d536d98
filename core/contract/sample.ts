// The contract calls for choosing the sample: the cohort file's columns, a draw (or its preview),
// the drawn sample with its profile, and replacing an unsuitable case from the reserves.
import { z } from 'zod';
import { caseFields } from '../../model/case-fields';
import { valueChoiceKinds, valueFields } from '../../model/value-mapping';
import { allocations, limitsOfSample, sampleAttributes, SEED_MAX } from '../../model/sample';
import type { CohortPreview, SampleDrawView } from './sample-types';
import { call } from './call';

/** File contents travel as base64: 70 MB of text covers a 50 MB file. */
const fileData = z.string().max(70_000_000, 'the file is too large');
const fileName = z.string().min(1).max(255);
const id = z.number().int();
const mapping = z.array(z.object({ column: z.string().max(500), field: z.enum(caseFields) }).strict()).max(100);
const whole = (what: string) => z.number({ error: `must be ${what}` }).int(`must be ${what}`);

export const sampleSettingsSchema = z
  .object({
    size: whole('a whole number').min(1, 'must be at least 1').max(limitsOfSample.size, `must be at most ${limitsOfSample.size}`),
    stratify: z.array(z.enum(sampleAttributes)).max(sampleAttributes.length).default([]),
    allocation: z.enum(allocations).default('proportional'),
    minimums: z
      .array(z.object({ values: z.partialRecord(z.enum(sampleAttributes), z.string().max(100)), count: whole('a whole number').min(1).max(limitsOfSample.size) }).strict())
      .max(50)
      .default([]),
    excludePrevious: z.boolean().default(false),
    excludeRecentWeeks: whole('a whole number of weeks').min(1).max(limitsOfSample.weeks).nullable().default(null),
    reserve: whole('a whole number').min(0).max(limitsOfSample.reserve, `must be at most ${limitsOfSample.reserve}`).default(0),
    seed: whole(`a whole number from 0 to ${SEED_MAX}`).min(0, `must be a whole number from 0 to ${SEED_MAX}`).max(SEED_MAX, `must be a whole number from 0 to ${SEED_MAX}`).optional(),
  })
  .strict();

const cohortFile = { eventId: id, fileName, data: fileData, mapping: mapping.optional() };
const valueMapping = z
  .array(z.object({ field: z.enum(valueFields), source: z.string().max(500), choice: z.enum(valueChoiceKinds), value: z.string().max(200).optional() }).strict())
  .max(20_000);

export const sampleContract = {
  'sample.preview': call<CohortPreview>()(z.object(cohortFile).strict()),
  'sample.draw': call<SampleDrawView>()(
    z
      .object({
        ...cohortFile,
        values: valueMapping.optional(),
        settings: sampleSettingsSchema,
        excludeList: z.object({ fileName, data: z.string().max(10_000_000, 'the list is too large') }).strict().optional(),
        dryRun: z.boolean().default(false),
        suppressSmallNumbers: z.boolean().default(true),
      })
      .strict(),
  ),
  /** null when the event has no drawn sample. */
  'sample.get': call<SampleDrawView | null>()(z.object({ eventId: id, suppressSmallNumbers: z.boolean().default(true) }).strict()),
  'sample.replace': call<SampleDrawView>()(
    z.object({ eventId: id, reference: z.string().trim().min(1, 'is required').max(64), reason: z.string().trim().min(1, 'is required').max(2000) }).strict(),
  ),
};
