// Each file that leaves the app, through the one step that builds, names and records it: the name
// made from the event's name (with -identifiable and -DRAFT where they apply), the bytes handed out,
// and the trail entry with the SHA-256 of exactly those bytes (computed here with node:crypto).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { draftFileName, exportBriefing, exportName, exportReport, exportReturnsCsv, exportTrailCsv, exportWorkbook } from '../../../core/report/exports';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import { listTrail } from '../../../core/trail/service';
import { createEvent } from '../../../core/events/service';
import type { ExportedFile, TrailEntry } from '../../../core/contract/types';
import { seedThresholdEvent } from '../../support/threshold-event';
import { seededStore } from '../helpers/seeded-store';

const shipped = loadReportTemplate(defaultAppPaths().templatesDir);
// One narrative section, unwritten: the pre-export check makes the report a draft.
const template: ReportTemplate = { ...shipped, sections: shipped.sections.filter((s) => s.key === 'purpose') };
const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

let store: OpenedDatabase;
let eventId = 0;

beforeAll(async () => {
  ({ store, seeded: { eventId } } = await seededStore('report-threshold', (call) => seedThresholdEvent(call)));
}, 60_000);

afterAll(() => store.close());

/** The trail's export entries, newest last. */
const exports = (): TrailEntry[] => listTrail(store.db, { eventId }).filter((e) => e.entity === 'export').toSorted((a, b) => a.id - b.id);

function expectRecorded(file: ExportedFile, what: string, note: string) {
  const bytes = Buffer.from(file.base64, 'base64');
  expect(file.sha256).toBe(hash(bytes));
  const entry = exports().at(-1)!;
  expect(entry).toMatchObject({ field: what, newValue: `sha256:${hash(bytes)}`, note, oldValue: null, entityId: null });
}

describe('exports', () => {
  it('name a file from the event’s name, or its number when the name has no letters or digits', () => {
    expect(exportName(store, eventId, 'report', 'docx')).toBe('threshold-audit-report.docx');
    expect(exportName(store, eventId, 'audit-returns')).toBe('threshold-audit-audit-returns.csv');
    const { id } = createEvent(store.db, { name: '***', frameworkKey: 'neglect-what-works' });
    expect(exportName(store, id, 'report', 'docx')).toBe(`event-${id}-report.docx`);
  });

  it('mark a draft in the file name, before the extension', () => {
    expect(draftFileName('spring-report.docx', true)).toBe('spring-report-DRAFT.docx');
    expect(draftFileName('spring-report.docx', false)).toBe('spring-report.docx');
    expect(draftFileName('report', true)).toBe('report-DRAFT');
    expect(draftFileName('.docx', true)).toBe('.docx-DRAFT');
  });

  it('the workbook: named, recorded with the hash of its bytes, suppression and identifiers noted', async () => {
    const file = await exportWorkbook(store, eventId);
    expect(file.fileName).toBe('threshold-audit-figures-and-action-plan.xlsx');
    expect(file.draft).toBeUndefined();
    // An xlsx is a zip: it starts "PK".
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expectRecorded(file, 'workbook', 'threshold-audit-figures-and-action-plan.xlsx; without identifiers; small numbers suppressed');
    const shown = await exportWorkbook(store, eventId, { suppressSmallNumbers: false, includeIdentifiers: true });
    expect(shown.fileName).toBe('threshold-audit-figures-and-action-plan-identifiable.xlsx');
    expectRecorded(shown, 'workbook', 'threshold-audit-figures-and-action-plan-identifiable.xlsx; with identifiers (contains personal data); small numbers shown: suppression turned off');
  });

  it('the report: a draft while a section is unwritten, so named and flagged, and recorded', async () => {
    const file = await exportReport(store, template, eventId);
    expect(file.fileName).toBe('threshold-audit-report-DRAFT.docx');
    expect(file.draft).toBe(true);
    expect(file.contentsUpdatedOnOpen).toBeUndefined();
    expectRecorded(file, 'report', 'threshold-audit-report-DRAFT.docx; without identifiers; small numbers suppressed');
  });

  it('the briefing: named and recorded, never a draft', async () => {
    const file = await exportBriefing(store, template, eventId, { includeIdentifiers: true });
    expect(file.fileName).toBe('threshold-audit-7-minute-briefing-identifiable.docx');
    expect(file.draft).toBeUndefined();
    expectRecorded(file, 'briefing', 'threshold-audit-7-minute-briefing-identifiable.docx; with identifiers (contains personal data); small numbers suppressed');
  });

  it('the returns and trail CSVs: identifiable by design, recorded with the hash of their text', () => {
    const returns = exportReturnsCsv(store, eventId);
    expect(returns.fileName).toBe('threshold-audit-audit-returns.csv');
    expect(returns.text).toContain('C-1');
    expect(returns.sha256).toBe(hash(returns.text));
    expect(exports().at(-1)).toMatchObject({ field: 'returns CSV', newValue: `sha256:${hash(returns.text)}`, note: 'threshold-audit-audit-returns.csv; with identifiers (contains personal data)' });
    const trail = exportTrailCsv(store, { eventId });
    expect(trail.fileName).toBe('threshold-audit-audit-trail.csv');
    // The trail as it was before its own export was recorded: the returns export is in it.
    expect(trail.text).toContain('threshold-audit-audit-returns.csv');
    expect(trail.text).not.toContain('threshold-audit-audit-trail.csv');
    expect(trail.sha256).toBe(hash(trail.text));
    expect(exports().at(-1)).toMatchObject({ field: 'trail CSV', newValue: `sha256:${hash(trail.text)}`, note: 'threshold-audit-audit-trail.csv; with identifiers (contains personal data)' });
  });
});
