// Every call the renderer may make, by name. Kept free of zod so the sandboxed preload can
// check names without bundling the schemas.
import type { ErrorCode } from '../../model/errors';
import type { ValidationProblem } from '../../model/problems';

export const callNames = [
  'app.info',
  'settings.get',
  'settings.update',
  'events.list',
  'events.get',
  'events.create',
  'events.update',
  'events.archive',
  'events.archiveAgency',
  'events.tasks',
  'agencies.list',
  'agencies.create',
  'agencies.update',
  'cases.preview',
  'cases.import',
  'cases.list',
  'cases.get',
  'documents.add',
  'documents.remove',
  'documents.open',
  'audits.start',
  'audits.workspace',
  'audits.grade',
  'audits.update',
  'audits.submit',
  'audits.reopen',
  'audits.board',
  'audits.list',
  'audits.importReturns',
  'audits.exportReturns',
  'moderation.get',
  'moderation.grade',
  'moderation.overall',
  'moderation.signOff',
  'moderation.unlock',
  'moderation.queue',
  'moderation.agreeUnanimous',
  'trail.list',
  'trail.exportCsv',
  'trail.redact',
  'findings.list',
  'findings.create',
  'findings.update',
  'findings.delete',
  'analysis.summary',
  'charts.figure',
  'charts.png',
  'charts.svg',
  'recommendations.list',
  'recommendations.create',
  'recommendations.update',
  'recommendations.delete',
  'recommendations.carryForward',
  'demo.create',
  'files.export',
  'report.outline',
  'report.saveNarrative',
  'report.readiness',
  'report.export',
  'report.briefing',
  'report.figuresXlsx',
  'disclosure.check',
  'presentation.view',
  'frameworks.list',
  'frameworks.get',
  'frameworks.save',
  'frameworks.validate',
  'frameworks.clone',
  'frameworks.import',
  'frameworks.export',
  'allocation.get',
  'allocation.change',
  'allocation.settings',
  'allocation.outstanding',
  'identity.get',
  'identity.export',
  'packs.create',
  'packs.list',
  'packs.open',
  'packs.local',
  'returns.export',
  'returns.preview',
  'returns.apply',
  'workbooks.create',
  'data.status',
  'keys.state',
  'keys.unlock',
  'data.recoveryKey',
  'data.protectWithPassphrase',
  'data.protectWithKeychain',
  'data.backupNow',
  'data.setBackupsKept',
  'data.backupTo',
  'data.restore',
  'events.delete',
  'cases.delete',
  'retention.list',
  'retention.setMonths',
  'retention.setDate',
  'retention.purge',
  'sample.preview',
  'sample.draw',
  'sample.get',
  'sample.replace',
] as const;

export type CallName = (typeof callNames)[number];

/** Calls whose result is a file (bytes as base64, or text), which the desktop app saves through files.export. */
export const exportCalls = [
  'report.export',
  'report.briefing',
  'report.figuresXlsx',
  'charts.png',
  'charts.svg',
  'trail.exportCsv',
  'frameworks.export',
  'identity.export',
  'data.recoveryKey',
  'packs.create',
  'returns.export',
  'workbooks.create',
] as const satisfies readonly CallName[];
export type ExportCall = (typeof exportCalls)[number];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (callNames as readonly string[]).includes(name);
}

/** What crosses the boundary back to the renderer: a value, or an error as data. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

export interface CallError {
  code: ErrorCode;
  message: string;
  problems?: ValidationProblem[];
}

/** The single IPC channel the preload and main share. */
export const IPC_CHANNEL = 'scrutineer:call';
