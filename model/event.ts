// What an event is made of, validated the same way from the app and the CLI.
import { z } from 'zod';

import { eventStatuses } from './statuses';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real date');

/** The fields without defaults: an update sends only what changed, and nothing else may reset. */
const eventFields = {
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  theme: z.string().trim().max(200, 'must be at most 200 characters'),
  partnership: z.string().trim().max(200, 'must be at most 200 characters'),
  auditDate: isoDate.nullable(),
  reviewWindowMonths: z
    .number({ error: 'must be a number of months' })
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(120, 'must be at most 120 months'),
  classification: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
};

export const createEventSchema = z
  .object({
    ...eventFields,
    theme: eventFields.theme.default(''),
    partnership: eventFields.partnership.default(''),
    auditDate: eventFields.auditDate.default(null),
    reviewWindowMonths: eventFields.reviewWindowMonths.default(12),
    classification: eventFields.classification.default('OFFICIAL-SENSITIVE'),
    frameworkKey: z.string().trim().min(1, 'is required'),
    /** Agency names; unknown names are added to the partnership's list. */
    agencies: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  })
  .strict();

export const updateEventSchema = z
  .object(eventFields)
  .partial()
  .extend({
    id: z.number().int(),
    status: z.enum(eventStatuses).optional(),
    agencyIds: z.array(z.number().int()).max(50).optional(),
  })
  .strict();

export type CreateEventInput = z.input<typeof createEventSchema>;
export type UpdateEventInput = z.output<typeof updateEventSchema>;
