// The contract calls for audits across agencies: allocation, the facilitator's key, packs,
// returns and workbooks.
import { z } from 'zod';
import type { AllocationView, FilePreview, LocalPack, Outstanding, PackListing } from './types';
import { isoDate } from '../../model/event';
import { call } from './call';

/** File contents travel as base64: 70 MB of text covers a 50 MB file. */
const fileData = z.string().max(70_000_000, 'the file is too large');
const fileName = z.string().min(1).max(255);
const passphrase = z.string().max(1000);
const resolutions = z.record(z.string().max(400), z.enum(['mine', 'theirs']));
type FileOut = { fileName: string; base64: string };

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
  /** The facilitator's public key (made on first use). */
  'identity.get': call<{ recipient: string }>()(z.object({}).strict()),
  /** The identity file, for safekeeping: the secret key that opens every return. */
  'identity.export': call<{ fileName: string; text: string; recipient: string }>()(z.object({}).strict()),
  'packs.create': call<FileOut & { packId: string; passphrase: string | null; caseCount: number; auditCount: number }>()(
    z.object({ eventId: id, agencyId: id, passphrase: passphrase.optional() }).strict(),
  ),
  'packs.list': call<PackListing>()(z.object({ eventId: id }).strict()),
  'packs.open': call<{ eventId: number; updated: boolean; cases: number; addedCases: number; addedAudits: number }>()(
    z.object({ fileName, data: fileData, passphrase: passphrase.min(1, 'is required'), auditor: z.string().trim().max(120).optional(), update: z.boolean().default(false) }).strict(),
  ),
  /** On an auditor's install: the pack an event came from (null for the facilitator's own events). */
  'packs.local': call<LocalPack | null>()(z.object({ eventId: id }).strict()),
  'returns.export': call<FileOut & { revision: number; audits: number }>()(z.object({ eventId: id }).strict()),
  'returns.preview': call<FilePreview>()(z.object({ eventId: id, fileName, data: fileData }).strict()),
  'returns.apply': call<FilePreview>()(z.object({ eventId: id, fileName, data: fileData, resolutions: resolutions.default({}) }).strict()),
  'workbooks.create': call<FileOut & { rows: number }>()(z.object({ eventId: id, agencyId: id }).strict()),
};
