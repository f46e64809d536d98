// The handler map: one function per contract call, over one open database.
import type { OpenedDatabase } from '../db/open';
import type { KeyProtection, KeySealer } from './keys/unlock';
import type { Handlers } from './contract/dispatcher';
import type { AppInfo } from './contract/types';
import { validateFramework } from '../model/framework';
import * as frameworks from './frameworks/service';
import * as events from './events/service';
import { eventTasks, withWorkStatus } from './events/tasks';
import * as agencies from './agencies/service';
import { getSettings, updateSettings } from './settings/service';
import { UserError } from '../model/errors';
import { importCases, previewCaseImport } from './cases/import-service';
import { getCase, listCases } from './cases/service';
import { addDocument, decryptForOpening, removeDocument } from './cases/documents';

import * as audits from './audits/service';
import { progressBoard } from './audits/board';
import { importReturns } from './audits/returns';
import * as moderation from './moderation/service';
import * as escalations from './escalations/service';
import * as themes from './themes/service';
import { listTrail } from './trail/service';
import { redactFromTrail } from './trail/redaction';
import * as findings from './findings/service';
import { disclosedSummary } from './disclosure/figures';
import { discloseThemeTally } from './disclosure/counts';
import * as recommendations from './recommendations/service';
import { loadReportTemplate } from './report/template';
import { reportOutline } from './report/outline';
import { writeNarrative } from './report/narratives';
import { writeDocumentControl } from './report/document-control';
import { reportReadiness } from './report/readiness';
import { exchangeHandlers } from './exchange-handlers';
import { dataHandlers } from './data-handlers';

import { exportBriefing, exportReport, exportReturnsCsv, exportTrailCsv, exportWorkbook } from './report/exports';
import { exportReportPdf } from './report/export-pdf';
import { findIdentifiers } from './disclosure/guard-store';
import { describeHits } from './disclosure/identifier-guard';
import { sampleHandlers } from './sample-handlers';
import { contract } from './contract/contract';
import { fileFromExport, type FileToSave } from './files/save-export';
import { presentationView } from './disclosure/presentation';


// Documents, charts and the demo load their large libraries (docx, exceljs, vega) on first use,
// so a CLI command or the app's start-up does not pay for them.
const charts = () => Promise.all([import('./charts/figures'), import('./charts/render')]).then(([f, r]) => ({ ...f, ...r }));

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** What only the hosting shell can do; Electron and the web transport each supply their own. */
export interface Host {
  transport: AppInfo['transport'];
  appVersion: string;
  /** Opens a file with the system's viewer; false where the host cannot (the web transport). */
  openPath(path: string): Promise<boolean>;
  /** Asks where to save with the system's dialog (the file's type only) and writes the file; null if cancelled. */
  saveFileAs?(file: FileToSave): Promise<string | null>;
  /** Opens a file it saved in this session, if its type may be opened; false otherwise. */
  openSaved?(path: string): Promise<boolean>;
}

export interface HandlerContext {
  /** The open database; replaced by swapStore when a backup is restored. */
  store: OpenedDatabase;
  /** How the database key is kept (shown in Settings; changed there). */
  protection: KeyProtection | null;
  /** The operating system's keychain, where the host has one (the desktop app). */
  sealer: KeySealer | null;
  /** Closes the database, runs work on the file, and opens it again. */
  swapStore(work: () => void): void;
  host: Host;
  /** Where attached case documents are copied. */
  documentsDir: string;
  /** Where templates (frameworks, the report layout) live. */
  templatesDir: string;
  /** Where the committed migrations live (a restored backup's schema is checked against them). */
  migrationsDir: string;
}

export const handlers: Handlers<HandlerContext> = {
  'app.info': (_input, { store, host }) => ({
    appVersion: host.appVersion,
    databasePath: store.path,
    schemaVersion: store.schemaVersion,
    transport: host.transport,
    backupPath: store.backupPath,
  }),

  'settings.get': (_input, { store }) => getSettings(store.db),
  'settings.update': (patch, { store }) => updateSettings(store.db, patch),
  'events.list': ({ includeArchived }, { store }) => events.listEvents(store.db, { includeArchived }).map((e) => withWorkStatus(store.db, e)),
  'events.get': ({ id }, { store }) => withWorkStatus(store.db, events.getEvent(store.db, id)),
  'events.create': (input, { store }) => events.createEvent(store.db, input),
  'events.update': (input, { store }) => withWorkStatus(store.db, events.updateEvent(store.db, input)),
  'events.archive': ({ id, archived }, { store }) => withWorkStatus(store.db, events.setArchived(store.db, id, archived)),
  'events.archiveAgency': (input, { store }) => withWorkStatus(store.db, events.setAgencyArchived(store.db, input)),
  'events.tasks': ({ eventId }, { store }) => eventTasks(store.db, eventId),
  'agencies.list': (_input, { store }) => agencies.listAgencies(store.db),
  'agencies.create': (input, { store }) => agencies.createAgency(store.db, input),
  'agencies.update': (input, { store }) => agencies.updateAgency(store.db, input),
  'cases.preview': ({ eventId, fileName, data, mapping, values }, { store }) =>
    previewCaseImport(store.db, { eventId, fileName, bytes: bytes(data), mapping, values }),
  'cases.import': ({ eventId, fileName, data, mapping, values, validOnly, dryRun }, { store }) =>
    importCases(store.db, { eventId, fileName, bytes: bytes(data), mapping, values, validOnly, dryRun }),
  'cases.list': ({ eventId }, { store }) => listCases(store.db, eventId),
  'cases.get': ({ id }, { store }) => getCase(store.db, id),
  'documents.add': ({ caseId, fileName, data }, { store, documentsDir }) => addDocument(store.db, documentsDir, { caseId, fileName, bytes: bytes(data) }),
  'documents.remove': ({ id }, { store, documentsDir }) => {
    removeDocument(store.db, documentsDir, id);
    return { removed: true as const };
  },
  'documents.open': async ({ id }, { store, documentsDir, host }) => ({ opened: host.transport !== 'electron' ? false : await host.openPath((await decryptForOpening(store.db, documentsDir, id)).path) }),
  'audits.start': (input, { store }) => audits.startAudit(store.db, input),
  'audits.workspace': ({ auditId }, { store }) => audits.getWorkspace(store.db, auditId),
  'audits.grade': (input, { store }) => audits.updateGrade(store.db, input),
  'audits.update': (input, { store }) => audits.updateAudit(store.db, input),
  'audits.submit': ({ auditId }, { store }) => audits.submitAudit(store.db, auditId),
  'audits.reopen': ({ auditId, reason }, { store }) => audits.reopenAudit(store.db, auditId, reason),
  'audits.scoringAs': (input, { store }) => audits.setScoringAs(store.db, input),
  'audits.board': ({ eventId }, { store }) => progressBoard(store.db, eventId),
  'audits.list': ({ eventId, caseId }, { store }) => audits.listAudits(store.db, eventId, caseId),
  'audits.importReturns': ({ eventId, fileName, data }, { store }) => importReturns(store.db, { eventId, fileName, bytes: bytes(data) }),
  'audits.exportReturns': ({ eventId }, { store }) => exportReturnsCsv(store, eventId),
  'moderation.get': ({ caseId }, { store }) => moderation.getModeration(store.db, caseId),
  'moderation.grade': (input, { store }) => moderation.setModeratedGrade(store.db, input),
  'moderation.overall': (input, { store }) => moderation.setModeratedOverall(store.db, input),
  'moderation.signOff': (input, { store }) => moderation.signOffModeration(store.db, input),
  'moderation.unlock': (input, { store }) => moderation.unlockModeration(store.db, input),
  'moderation.queue': ({ eventId }, { store }) => moderation.moderationQueue(store.db, eventId),
  'moderation.agreeUnanimous': (input, { store }) => moderation.agreeWhereUnanimous(store.db, input),
  'escalations.list': ({ eventId, caseId }, { store }) => escalations.listEscalations(store.db, eventId, caseId),
  'escalations.raise': (input, { store }) => escalations.raiseEscalation(store.db, input),
  'escalations.update': (input, { store }) => escalations.updateEscalation(store.db, input),
  'themes.list': ({ frameworkKey, includeArchived }, { store }) => themes.listThemes(store.db, frameworkKey, includeArchived),
  'themes.create': (input, { store }) => themes.createTheme(store.db, input),
  'themes.update': (input, { store }) => themes.updateTheme(store.db, input),
  'themes.ofAudit': ({ auditId }, { store }) => themes.themesOfAudit(store.db, auditId),
  'themes.tagAudit': (input, { store }) => themes.tagAudit(store.db, input),
  'themes.tagFinding': (input, { store }) => themes.tagFinding(store.db, input),
  'themes.tally': ({ eventId, suppressSmallNumbers }, { store }) => discloseThemeTally(themes.themeTally(store.db, eventId), suppressSmallNumbers),
  'trail.list': (filter, { store }) => listTrail(store.db, filter),
  'trail.exportCsv': (filter, { store }) => exportTrailCsv(store, filter),
  'trail.redact': (input, { store }) => redactFromTrail(store, input),
  'findings.list': ({ eventId, quotesOnly }, { store }) => findings.listFindings(store.db, eventId, { quotesOnly }),
  'findings.create': ({ eventId, ...input }, { store }) => findings.createFinding(store.db, eventId, input),
  'findings.update': ({ id, ...input }, { store }) => findings.updateFinding(store.db, id, input),
  'findings.delete': ({ id }, { store }) => {
    findings.deleteFinding(store.db, id);
    return { deleted: true as const };
  },
  'analysis.summary': ({ eventId, ...options }, { store }) => disclosedSummary(store, eventId, options),
  'charts.figure': async ({ eventId, kind, criterionKey, ...options }, { store }) => {
    const { buildFigure, renderSvg } = await charts();
    const figure = buildFigure(disclosedSummary(store, eventId, options), kind, criterionKey);
    return { kind, title: figure.title, alt: figure.alt, svg: await renderSvg(figure.spec) };
  },
  'charts.svg': async ({ eventId, kind, criterionKey, ...options }, { store }) => {
    const { buildFigure, renderSvg } = await charts();
    const figure = buildFigure(disclosedSummary(store, eventId, options), kind, criterionKey);
    return { fileName: `${kind}${criterionKey ? `-${criterionKey}` : ''}.svg`, text: await renderSvg(figure.spec) };
  },
  'charts.png': async ({ eventId, kind, criterionKey, ...options }, { store }) => {
    const { buildFigure, renderSvg, svgToPng } = await charts();
    const figure = buildFigure(disclosedSummary(store, eventId, options), kind, criterionKey);
    const png = await svgToPng(await renderSvg(figure.spec));
    return { fileName: `${kind}${criterionKey ? `-${criterionKey}` : ''}.png`, alt: figure.alt, base64: png.toString('base64') };
  },
  'recommendations.list': ({ eventId }, { store }) => recommendations.listRecommendations(store.db, eventId),
  'recommendations.create': ({ eventId, ...input }, { store }) => recommendations.createRecommendation(store.db, eventId, input),
  'recommendations.update': ({ id, ...input }, { store }) => recommendations.updateRecommendation(store.db, id, input),
  'recommendations.delete': ({ id }, { store }) => {
    recommendations.deleteRecommendation(store.db, id);
    return { deleted: true as const };
  },
  'recommendations.carryForward': (input, { store }) => recommendations.carryForward(store.db, input),
  'report.outline': ({ eventId }, { store, templatesDir }) => reportOutline(store.db, loadReportTemplate(templatesDir), eventId),
  'report.saveNarrative': (input, { store, templatesDir }) => writeNarrative(store.db, loadReportTemplate(templatesDir), input),
  'report.saveDocumentControl': (input, { store }) => writeDocumentControl(store.db, input),
  'report.readiness': ({ eventId, ...options }, { store, templatesDir }) => reportReadiness(store, loadReportTemplate(templatesDir), eventId, options),
  'report.export': ({ eventId, ...options }, { store, templatesDir }) => exportReport(store, loadReportTemplate(templatesDir), eventId, options),
  'report.exportPdf': ({ eventId, ...options }, { store, templatesDir }) => exportReportPdf(store, loadReportTemplate(templatesDir), eventId, options),
  'report.briefing': ({ eventId, ...options }, { store, templatesDir }) => exportBriefing(store, loadReportTemplate(templatesDir), eventId, options),
  'report.figuresXlsx': ({ eventId, ...options }, { store }) => exportWorkbook(store, eventId, options),
  'presentation.view': ({ eventId, ...options }, { store }) => presentationView(store, eventId, options),
  'disclosure.check': ({ text }, { store }) => {
    const hits = findIdentifiers(store.db, text);
    return { hits, found: describeHits(hits) };
  },
  'files.export': async ({ call, input, name, open }, ctx) => {
    const { host } = ctx;
    if (!host.saveFileAs) return { saved: false, opened: false, path: null, made: null };
    const parsed = contract[call].input.safeParse(input);
    if (!parsed.success) throw new UserError(`Invalid input for ${call}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, 'INVALID_INPUT');
    const built = await (handlers[call] as (input: unknown, ctx: HandlerContext) => unknown)(parsed.data, ctx);
    const { file, made } = fileFromExport(built, name);
    const path = await host.saveFileAs(file);
    if (!path) return { saved: false, opened: false, path: null, made };
    return { saved: true, opened: open && host.openSaved ? await host.openSaved(path) : false, path, made };
  },
  'demo.create': async (_input, { store }) => (await import('./demo/demo')).createDemo(store),
  'frameworks.list': (_input, { store }) => frameworks.listFrameworks(store.db),
  'frameworks.get': ({ key, version }, { store }) => frameworks.getFramework(store.db, key, version),
  'frameworks.save': ({ framework }, { store }) => frameworks.saveFramework(store.db, framework),
  'frameworks.validate': ({ framework }) => {
    const result = validateFramework(framework);
    return { ok: result.ok, problems: result.problems };
  },
  'frameworks.clone': ({ key, newKey, newName }, { store }) => frameworks.cloneFramework(store.db, key, newKey, newName),
  'frameworks.import': ({ fileName, text }, { store }) => frameworks.importFrameworkText(store.db, text, fileName),
  'frameworks.export': ({ key, format, version }, { store }) => {
    const text = frameworks.exportFramework(store.db, key, format, version);
    const detail = frameworks.getFramework(store.db, key, version);
    return {
      fileName: `${key}-v${detail.framework.version}.${format === 'json' ? 'json' : 'yaml'}`,
      text,
      mimeType: format === 'json' ? 'application/json' : 'application/yaml',
    };
  },
  ...exchangeHandlers,
  ...dataHandlers,
  ...sampleHandlers,
};
