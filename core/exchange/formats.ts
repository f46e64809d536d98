// What travels inside packs and returns (after decryption), checked with zod on the way in.
import { z } from 'zod';

const str = (max: number) => z.string().max(max);

export const gradeContentSchema = z.object({
  criterionKey: str(64),
  value: z.number().int().nullable(),
  notApplicable: z.boolean(),
  notApplicableReason: str(2000),
  rationale: str(10_000),
  evidence: str(20_000),
});

/** One audit as exchanged: who, how far, the judgement and narrative, and every grade given. */
export const auditContentSchema = z.object({
  reference: str(200),
  auditor: z.string().trim().min(1).max(120),
  status: z.enum(['not-started', 'in-progress', 'submitted']),
  overallValue: z.number().int().nullable(),
  overallRationale: str(10_000),
  strengths: str(10_000),
  areasForDevelopment: str(10_000),
  differenceMade: str(10_000),
  actions: str(10_000),
  grades: z.array(gradeContentSchema).max(500),
});
export type AuditContent = z.infer<typeof auditContentSchema>;
export type GradeContent = z.infer<typeof gradeContentSchema>;

/** Only what an auditor needs to find and score the case in their own records. */
export const packCaseSchema = z.object({
  reference: str(200),
  ageStage: str(40).nullable(),
  levelOfNeed: str(60).nullable(),
  neglectTypes: z.array(str(60)).max(30),
  agencies: z.array(str(200)).max(50),
  planStartDate: str(10).nullable(),
});
export type PackCase = z.infer<typeof packCaseSchema>;

export const packSchema = z.object({
  format: z.literal('scrutineer-pack'),
  version: z.literal(1),
  packId: z.uuid(),
  eventUid: z.uuid(),
  /** Hex; keys the HMAC of returns. */
  secret: z.string().regex(/^[0-9a-f]{64}$/),
  /** The facilitator's age recipient: returns are encrypted to it only. */
  recipient: z.string().regex(/^age1[0-9a-z]+$/),
  createdAt: str(40),
  createdBy: str(120),
  event: z.object({
    name: str(200),
    theme: str(200),
    partnership: str(200),
    auditDate: str(10).nullable(),
    reviewWindowMonths: z.number().int().min(1).max(120),
    classification: str(60),
    deadline: str(10).nullable(),
  }),
  agency: z.object({ name: z.string().trim().min(1).max(120) }),
  auditor: str(120),
  framework: z.unknown(),
  cases: z.array(packCaseSchema).min(1).max(5000),
  audits: z.array(auditContentSchema).max(50_000),
});
export type Pack = z.infer<typeof packSchema>;

export const returnBodySchema = z.object({
  format: z.literal('scrutineer-return'),
  version: z.literal(1),
  packId: z.uuid(),
  eventUid: z.uuid(),
  agency: str(120),
  revision: z.number().int().min(1),
  auditor: z.string().trim().min(1).max(120),
  exportedAt: str(40),
  audits: z.array(auditContentSchema).max(50_000),
});
export type ReturnBody = z.infer<typeof returnBodySchema>;

/** The plaintext of a return: the body as exact text, and its HMAC keyed with the pack secret. */
export const returnEnvelopeSchema = z.object({ body: z.string().max(100_000_000), hmac: z.string().regex(/^[0-9a-f]{64}$/) });
