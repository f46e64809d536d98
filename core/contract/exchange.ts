// The contract calls for audits across agencies: allocation, the facilitator's key, packs,
// returns and workbooks.
import { z } from 'zod';
import type { AllocationView, Outstanding } from './types';
import { isoDate } from '../../model/event';
import { call } from './call';

const id = z.number().int();

export const exchangeContract = {
  'allocation.get': call<AllocationView>()(z.object({ eventId: id }).strict()),
  'allocation.change': call<AllocationView>()(
    z
      .object({
        eventId: id,
        changes: z.array(z.object({ caseId: id, agencyId: id, allocated: z.boolean() }).strict()).max(100_000),
        reset: z.boolean().optional(),
        resetAgencyIds: z.array(id).max(200).optional(),
      })
      .strict(),
  ),
  'allocation.settings': call<AllocationView>()(
    z
      .object({
        eventId: id,
        deadline: isoDate.nullable().optional(),
        auditors: z.array(z.object({ agencyId: id, auditor: z.string().trim().max(120, 'must be at most 120 characters') }).strict()).max(200).optional(),
      })
      .strict(),
  ),
  'allocation.outstanding': call<Outstanding>()(z.object({ eventId: id }).strict()),
};
