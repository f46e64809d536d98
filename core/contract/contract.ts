// The one typed contract between renderer and core: for every call, its zod input schema and
// (as a type) its result. The dispatcher, the preload bridge, the web transport and the
// renderer's client all derive from this object.
import { z } from 'zod';
import { agencyTypes } from '../../model/agency';
import { caseFields } from '../../model/case-fields';
import { valueChoiceKinds, valueFields } from '../../model/value-mapping';
import { createEventSchema, updateEventSchema } from '../../model/event';
import { figureKinds } from '../../model/figures';
import type { ValidationProblem } from '../../model/problems';
import { findingKinds, progressRatings, recommendationStatuses } from '../../model/statuses';
import type {
  Agency,
  AppInfo,
  AuditListItem,
  AuditSummary,
  CaseDetail,
  CaseDocument,
  CaseView,
  DisclosedSummary,
  ExportedFile,
  IdentifierHit,
  PresentationView,
  EventDetail,
  EventSummary,
  EventTasks,
  Escalation,
  Theme,
  DisclosedThemeTally,
  Finding,
  FrameworkDetail,
  FrameworkListItem,
  Gap,
  Grade,
  ImportOutcome,
  ImportPreview,
  ModeratedGrade,
  Moderation,
  ModerationView,
  ModerationQueueRow,
  ProgressBoard,
  Recommendation,
  ReportOutline,
  ReportReadiness,
  ReturnsOutcome,
  SaveResult,
  Settings,
  TrailEntry,
  Workspace,
} from './types';
import { exportCalls, type CallName } from './names';
import { call } from './call';
import { exchangeContract } from './exchange';
import { dataContract } from './data';
import { sampleContract } from './sample';


const nothing = z.object({}).strict();
const frameworkKey = z.string().trim().min(1, 'is required').max(64);
const format = z.enum(['json', 'yaml']);
const id = z.number().int();
/** File contents travel as base64: 70 MB of text covers a 50 MB spreadsheet or document. */
const fileData = z.string().max(70_000_000, 'the file is too large');
const mapping = z.array(z.object({ column: z.string().max(500), field: z.enum(caseFields) }).strict()).max(100);
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const gradeValue = z.number().int().nullable();
const findingFields = {
  kind: z.enum(findingKinds),
  text: z.string().trim().min(1, 'is required').max(4000),
  quoteForReport: z.boolean(),
  criterionKeys: z.array(z.string().max(64)).max(50),
  caseIds: z.array(id).max(500),
  themeIds: z.array(id).max(100),
};
const recommendationFields = {
  ownerAgencyId: id.nullable().optional(),
  dueDate: z.string().nullable().optional(),
  status: z.enum(recommendationStatuses).optional(),
  /** How the partnership will know it worked. */
  successMeasure: z.string().trim().max(2000, 'must be at most 2,000 characters').optional(),
  /** null: not yet rated. */
  progressRating: z.enum(progressRatings).nullable().optional(),
  criterionKeys: z.array(z.string().max(64)).max(50).optional(),
  findingIds: z.array(id).max(200).optional(),
};
const summaryInput = {
  eventId: id,
  compareWith: id.optional(),
  filters: z
    .object({
      agencyIds: z.array(id).max(50).optional(),
      ageStages: z.array(z.string().max(20)).max(10).optional(),
      levelsOfNeed: z.array(z.string().max(40)).max(10).optional(),
      neglectTypes: z.array(z.string().max(40)).max(20).optional(),
    })
    .strict()
    .optional(),
  /** false: the user's opt-out of small-number suppression. */
  suppressSmallNumbers: z.boolean().default(true),
};
const figureInput = { ...summaryInput, kind: z.enum(figureKinds), criterionKey: z.string().max(64).optional() };
const valueMapping = z
  .array(z.object({ field: z.enum(valueFields), source: z.string().max(500), choice: z.enum(valueChoiceKinds), value: z.string().max(200).optional() }).strict())
  .max(20_000);
const caseFile = { eventId: id, fileName: z.string().min(1).max(255), data: fileData, mapping: mapping.optional(), values: valueMapping.optional() };

/** What the report is exported with, as Word or PDF. */
const reportExportInput = z
  .object({
    eventId: id,
    includeIdentifiers: z.boolean().default(false),
    suppressSmallNumbers: z.boolean().default(true),
    compareWith: id.nullable().optional(),
    /** Findings not cleared as quotes, chosen for an identifiable report; ignored without identifiers. */
    findingIds: z.array(id).max(500).default([]),
  })
  .strict();

export const contract = {
  'app.info': call<AppInfo>()(nothing),
  'settings.get': call<Settings>()(nothing),
  'settings.update': call<Settings>()(
    z.object({ userName: z.string().trim().max(120, 'must be at most 120 characters') }).partial().strict(),
  ),
  'events.list': call<EventSummary[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),
  'events.get': call<EventDetail>()(z.object({ id: z.number().int() }).strict()),
  'events.create': call<{ id: number; frameworkVersion: number }>()(createEventSchema),
  'events.update': call<EventDetail>()(updateEventSchema),
  'events.archive': call<EventDetail>()(z.object({ id: z.number().int(), archived: z.boolean() }).strict()),
  'events.archiveAgency': call<EventDetail>()(z.object({ eventId: id, agencyId: id, archived: z.boolean() }).strict()),
  'events.tasks': call<EventTasks>()(z.object({ eventId: id }).strict()),
  'agencies.list': call<Agency[]>()(nothing),
  'agencies.create': call<Agency>()(z.object({ name: z.string().trim().min(1, 'is required').max(120), type: z.enum(agencyTypes).optional() }).strict()),
  'agencies.update': call<Agency>()(
    z.object({ id: z.number().int(), name: z.string().trim().min(1, 'is required').max(120).optional(), type: z.enum(agencyTypes).optional() }).strict(),
  ),
  'cases.preview': call<ImportPreview>()(z.object(caseFile).strict()),
  'cases.import': call<ImportOutcome>()(z.object({ ...caseFile, validOnly: z.boolean().default(false), dryRun: z.boolean().default(false) }).strict()),
  'cases.list': call<CaseView[]>()(z.object({ eventId: id }).strict()),
  'cases.get': call<CaseDetail>()(z.object({ id }).strict()),
  'documents.add': call<CaseDocument>()(z.object({ caseId: id, fileName: z.string().min(1).max(255), data: fileData }).strict()),
  'documents.remove': call<{ removed: true }>()(z.object({ id }).strict()),
  'documents.open': call<{ opened: boolean }>()(z.object({ id }).strict()),
  'audits.start': call<AuditSummary>()(z.object({ caseId: id, agencyId: id, auditor: z.string().trim().min(1).max(120).optional() }).strict()),
  'audits.workspace': call<Workspace>()(z.object({ auditId: id }).strict()),
  'audits.grade': call<{ grade: Grade; status: AuditSummary['status']; gaps: Gap[] }>()(
    z
      .object({
        auditId: id,
        criterionKey: z.string().max(64),
        value: gradeValue.optional(),
        notApplicable: z.boolean().optional(),
        notApplicableReason: text(2000).optional(),
        rationale: text(10000).optional(),
        evidence: text(20000).optional(),
      })
      .strict(),
  ),
  'audits.update': call<{ audit: AuditSummary; gaps: Gap[] }>()(
    z
      .object({
        auditId: id,
        overallValue: gradeValue.optional(),
        overallRationale: text(10000).optional(),
        strengths: text(10000).optional(),
        areasForDevelopment: text(10000).optional(),
        differenceMade: text(10000).optional(),
        actions: text(10000).optional(),
      })
      .strict(),
  ),
  'audits.submit': call<AuditSummary>()(z.object({ auditId: id }).strict()),
  'audits.reopen': call<AuditSummary>()(z.object({ auditId: id, reason: z.string().trim().min(1, 'is required').max(2000) }).strict()),
  'audits.scoringAs': call<AuditSummary>()(
    z.object({ auditId: id, name: z.string().trim().min(1, 'is required').max(120), reason: z.string().trim().min(1, 'is required').max(2000) }).strict(),
  ),
  'audits.board': call<ProgressBoard>()(z.object({ eventId: id }).strict()),
  'audits.list': call<AuditListItem[]>()(z.object({ eventId: id, caseId: id.optional() }).strict()),
  'audits.importReturns': call<ReturnsOutcome>()(z.object({ eventId: id, fileName: z.string().min(1).max(255), data: fileData }).strict()),
  'audits.exportReturns': call<{ fileName: string; text: string; sha256: string }>()(z.object({ eventId: id }).strict()),
  'moderation.get': call<ModerationView>()(z.object({ caseId: id }).strict()),
  'moderation.grade': call<ModeratedGrade>()(
    z.object({ caseId: id, criterionKey: z.string().max(64), value: gradeValue.optional(), notApplicable: z.boolean().optional(), rationale: text(10000).optional() }).strict(),
  ),
  'moderation.overall': call<Moderation>()(z.object({ caseId: id, value: gradeValue.optional(), rationale: text(10000).optional() }).strict()),
  'moderation.signOff': call<ModerationView>()(z.object({ caseId: id, name: z.string().trim().min(1, 'is required').max(120), date: z.string() }).strict()),
  'moderation.unlock': call<ModerationView>()(z.object({ caseId: id, reason: z.string().trim().min(1, 'is required').max(2000) }).strict()),
  'moderation.queue': call<ModerationQueueRow[]>()(z.object({ eventId: id }).strict()),
  'moderation.agreeUnanimous': call<ModerationView>()(z.object({ caseId: id }).strict()),
  'escalations.list': call<Escalation[]>()(z.object({ eventId: id, caseId: id.optional() }).strict()),
  'escalations.raise': call<Escalation>()(
    z
      .object({
        caseId: id,
        auditId: id.nullable().optional(),
        raisedBy: z.string().trim().max(120).optional(),
        concern: text(4000).optional(),
        toldWho: z.string().trim().min(1, 'is required').max(200),
        toldAt: z.string().max(20),
      })
      .strict(),
  ),
  'escalations.update': call<Escalation>()(
    z.object({ id, outcome: text(4000).optional(), toldWho: z.string().trim().min(1, 'is required').max(200).optional(), toldAt: z.string().max(20).optional(), concern: text(4000).optional() }).strict(),
  ),
  'themes.list': call<Theme[]>()(z.object({ frameworkKey, includeArchived: z.boolean().optional() }).strict()),
  'themes.create': call<Theme>()(z.object({ frameworkKey, label: z.string().trim().min(1, 'is required').max(120) }).strict()),
  'themes.update': call<Theme>()(z.object({ id, label: z.string().trim().min(1, 'is required').max(120).optional(), archived: z.boolean().optional() }).strict()),
  'themes.ofAudit': call<{ themes: Theme[]; tagged: number[] }>()(z.object({ auditId: id }).strict()),
  'themes.tagAudit': call<{ tagged: number[] }>()(z.object({ auditId: id, themeIds: z.array(id).max(100) }).strict()),
  'themes.tagFinding': call<{ tagged: number[] }>()(z.object({ findingId: id, themeIds: z.array(id).max(100) }).strict()),
  'themes.tally': call<DisclosedThemeTally[]>()(z.object({ eventId: id, suppressSmallNumbers: z.boolean().default(true) }).strict()),
  'trail.list': call<TrailEntry[]>()(z.object({ eventId: id, caseId: id.optional() }).strict()),
  'trail.exportCsv': call<{ fileName: string; text: string; sha256: string }>()(z.object({ eventId: id, caseId: id.optional() }).strict()),
  /** Replaces every trail value of the event holding the text with "[redacted]"; the redaction is recorded with its reason, not the text. */
  'trail.redact': call<{ entries: number }>()(z.object({ eventId: id, text: z.string().max(10_000), reason: z.string().max(2000) }).strict()),
  'findings.list': call<Finding[]>()(z.object({ eventId: id, quotesOnly: z.boolean().optional() }).strict()),
  'findings.create': call<Finding>()(
    z.object({ eventId: id, ...findingFields, quoteForReport: findingFields.quoteForReport.optional(), criterionKeys: findingFields.criterionKeys.optional(), caseIds: findingFields.caseIds.optional(), themeIds: findingFields.themeIds.optional() }).strict(),
  ),
  'findings.update': call<Finding>()(
    z
      .object({ id, ...findingFields })
      .partial()
      .required({ id: true })
      .strict(),
  ),
  'findings.delete': call<{ deleted: true }>()(z.object({ id }).strict()),
  'analysis.summary': call<DisclosedSummary>()(z.object(summaryInput).strict()),
  'charts.figure': call<{ kind: string; title: string; alt: string; svg: string }>()(z.object(figureInput).strict()),
  'charts.png': call<{ fileName: string; alt: string; base64: string }>()(z.object(figureInput).strict()),
  'charts.svg': call<{ fileName: string; text: string }>()(z.object(figureInput).strict()),
  'recommendations.list': call<Recommendation[]>()(z.object({ eventId: id }).strict()),
  'recommendations.create': call<Recommendation>()(
    z.object({ eventId: id, text: z.string().trim().min(1, 'is required').max(4000), caseId: id.nullable().optional(), ...recommendationFields }).strict(),
  ),
  'recommendations.update': call<Recommendation>()(
    z.object({ id, text: z.string().trim().min(1, 'is required').max(4000).optional(), ...recommendationFields }).strict(),
  ),
  'recommendations.delete': call<{ deleted: true }>()(z.object({ id }).strict()),
  'recommendations.carryForward': call<{ carried: number }>()(z.object({ fromEventId: id, toEventId: id }).strict()),
  'report.outline': call<ReportOutline>()(z.object({ eventId: id }).strict()),
  'report.saveNarrative': call<{ saved: true }>()(
    z.object({ eventId: id, sectionKey: z.string().max(64), criterionKey: z.string().max(64).optional(), text: z.string().max(50_000, 'must be at most 50,000 characters') }).strict(),
  ),
  /** The report's version and distribution list (document control); a field left out is kept. */
  'report.saveDocumentControl': call<{ version: string; distribution: string }>()(
    z.object({ eventId: id, version: text(40).optional(), distribution: text(4000).optional() }).strict(),
  ),
  /** The pre-export check: what keeps the report a draft (unwritten narrative, identifiers, open disagreements) and notes on withheld figures. */
  'report.readiness': call<ReportReadiness>()(
    z.object({ eventId: id, includeIdentifiers: z.boolean().default(false), suppressSmallNumbers: z.boolean().default(true), findingIds: z.array(id).max(500).default([]) }).strict(),
  ),
  /** Refused (IDENTIFIERS_FOUND, problems listing each hit) when text in it holds an identifier and includeIdentifiers is off. */
  'report.export': call<ExportedFile>()(reportExportInput),
  /** The report as PDF, made by LibreOffice (refused with a user error where it is not installed); the same options and refusals as report.export. */
  'report.exportPdf': call<ExportedFile>()(reportExportInput),
  'report.briefing': call<ExportedFile>()(
    z.object({ eventId: id, includeIdentifiers: z.boolean().default(false), includeQuotes: z.boolean().default(false), suppressSmallNumbers: z.boolean().default(true) }).strict(),
  ),
  'report.figuresXlsx': call<ExportedFile>()(z.object({ eventId: id, suppressSmallNumbers: z.boolean().default(true), includeIdentifiers: z.boolean().default(false) }).strict()),
  /** Everything the presentation's slides may show, and nothing else (no case reference, no uncleared finding, withheld figures and texts as notes). */
  'presentation.view': call<PresentationView>()(z.object({ eventId: id, compareWith: id.optional(), suppressSmallNumbers: z.boolean().default(true) }).strict()),
  /** The identifier guard on a piece of text, for live checks as it is typed. */
  'disclosure.check': call<{ hits: IdentifierHit[]; /** "a case reference (C-9001) and a postcode (LS1 4AP)"; '' when nothing was found. */ found: string }>()(z.object({ text: z.string().max(50_000) }).strict()),
  /**
   * Desktop only: the core runs the named export call, then the shell's save dialog writes what it
   * built (the page never sends file bytes) and may open it. `made` is the call's result without
   * the file. The browser transport answers saved: false and builds nothing.
   */
  'files.export': call<{ saved: boolean; opened: boolean; path: string | null; made: Record<string, unknown> | null }>()(
    z
      .object({
        call: z.enum(exportCalls),
        input: z.record(z.string(), z.unknown()),
        /** A file name without its extension, in place of the export's own. */
        name: z.string().max(120).optional(),
        open: z.boolean().default(false),
      })
      .strict(),
  ),
  'demo.create': call<{ id: number; previousId: number }>()(nothing),
  'frameworks.list': call<FrameworkListItem[]>()(nothing),
  'frameworks.get': call<FrameworkDetail>()(
    z.object({ key: frameworkKey, version: z.number().int().min(1).optional() }).strict(),
  ),
  /** The whole definition is sent; the core validates it again and applies the versioning rule. */
  'frameworks.save': call<SaveResult>()(z.object({ framework: z.unknown() }).strict()),
  'frameworks.validate': call<{ ok: boolean; problems: ValidationProblem[] }>()(z.object({ framework: z.unknown() }).strict()),
  'frameworks.clone': call<SaveResult>()(
    z.object({ key: frameworkKey, newKey: z.string().trim().min(1).max(64), newName: z.string().trim().min(1).max(200) }).strict(),
  ),
  'frameworks.import': call<SaveResult>()(
    z.object({ fileName: z.string().min(1).max(255), text: z.string().max(2_000_000, 'the file is larger than 2 MB') }).strict(),
  ),
  'frameworks.export': call<{ fileName: string; text: string; mimeType: string }>()(
    z.object({ key: frameworkKey, format, version: z.number().int().min(1).optional() }).strict(),
  ),
  ...exchangeContract,
  ...dataContract,
  ...sampleContract,
} satisfies Record<CallName, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallValue<K extends CallName> = Contract[K]['result'];

// Keeps names.ts and this object in step: a name without a schema fails to compile above,
// and a schema without a name fails here.
const _everyKeyIsNamed: Record<keyof Contract, CallName> = Object.fromEntries(
  Object.keys(contract).map((k) => [k, k]),
) as Record<keyof Contract, CallName>;
void _everyKeyIsNamed;
