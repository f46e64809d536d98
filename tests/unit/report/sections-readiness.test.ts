// The added sections through the contract: the pre-export check lists the new narratives and the
// distribution list until they are written; success measures and progress ratings are stored,
// validated, trailed and guarded for identifiers; the document control is saved and trailed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import type { ReportReadiness, Recommendation, TrailEntry } from '../../../core/contract/types';
import { seedThresholdEvent } from '../../support/threshold-event';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import { readXlsx } from '../helpers/office';
import { dispatchApi } from '../helpers/dispatch-api';
import { seededCopy } from '../helpers/seeded-store';

let core: CoreApp;
let call: ReturnType<typeof dispatchApi>;
let eventId = 0;

beforeAll(async () => {
  const { path, seeded } = await seededCopy('report-threshold', (call) => seedThresholdEvent(call));
  eventId = seeded.eventId;
  core = openCore({ databasePath: path, key: testKey(), host: headlessHost('cli') });
  call = dispatchApi(core);
}, 60_000);

afterAll(() => core.close());

const unwritten = async () => (await call<ReportReadiness>('report.readiness', { eventId })).items.filter((i) => i.kind === 'unwritten' && !i.fix?.startsWith('report/findings-by-criterion'));

describe('the pre-export check', () => {
  it('lists every unwritten narrative section, the new ones included, and the missing distribution list', async () => {
    expect((await unwritten()).map((i) => [i.text, i.fix, i.makesDraft])).toEqual([
      ['Document control: the distribution list is not recorded.', 'report/document-control', true],
      ['Executive summary is not written.', 'report/executive-summary', true],
      ['Purpose of the audit is not written.', 'report/purpose', true],
      ['Voice of the child, family and practitioners is not written.', 'report/voice', true],
      ['Limitations is not written.', 'report/limitations', true],
      ['Conclusions is not written.', 'report/conclusions', true],
      ['Next steps is not written.', 'report/next-steps', true],
    ]);
  });

  it('drops each one as it is written', async () => {
    for (const sectionKey of ['purpose', 'voice', 'limitations', 'next-steps']) await call('report.saveNarrative', { eventId, sectionKey, text: `Fictional ${sectionKey} text.` });
    await call('report.saveDocumentControl', { eventId, distribution: '   \n  ' });
    expect((await unwritten()).map((i) => i.fix)).toEqual(['report/document-control', 'report/executive-summary', 'report/conclusions']);
    await call('report.saveDocumentControl', { eventId, distribution: 'QA subgroup (fictional)' });
    expect((await unwritten()).map((i) => i.fix)).toEqual(['report/executive-summary', 'report/conclusions']);
  });

  it('refuses to save a narrative for a generated section', async () => {
    await expect(call('report.saveNarrative', { eventId, sectionKey: 'glossary', text: 'x' })).rejects.toThrow('"Glossary" is generated from the audit, not written.');
  });
});

describe('success measures and progress ratings', () => {
  it('are stored on create and update, reset to not rated with null, and trailed', async () => {
    const created = await call<Recommendation>('recommendations.create', { eventId, text: 'Review plans within 12 weeks.', successMeasure: '  Nine in ten plans reviewed on time. ' });
    expect([created.successMeasure, created.progressRating]).toEqual(['Nine in ten plans reviewed on time.', null]);
    const rated = await call<Recommendation>('recommendations.update', { id: created.id, progressRating: 'limited' });
    expect([rated.successMeasure, rated.progressRating]).toEqual(['Nine in ten plans reviewed on time.', 'limited']);
    expect((await call<Recommendation[]>('recommendations.list', { eventId })).find((r) => r.id === created.id)?.progressRating).toBe('limited');
    expect((await call<Recommendation>('recommendations.update', { id: created.id, progressRating: null })).progressRating).toBeNull();
    const trail = await call<TrailEntry[]>('trail.list', { eventId });
    const fields = trail.filter((t) => t.entity === 'recommendation' && t.entityId === created.id).map((t) => [t.field, t.oldValue, t.newValue]);
    expect(fields).toEqual(expect.arrayContaining([['progressRating', '', 'limited'], ['progressRating', 'limited', '']]));
  });

  it('refuses a rating not on the scale and a measure over 2,000 characters, changing nothing', async () => {
    const r = await call<Recommendation>('recommendations.create', { eventId, text: 'Share chronologies.' });
    await expect(call('recommendations.update', { id: r.id, progressRating: 'excellent' })).rejects.toThrow(/progressRating/);
    await expect(call('recommendations.update', { id: r.id, successMeasure: 'x'.repeat(2001) })).rejects.toThrow(/successMeasure: must be at most 2,000 characters/);
    const now = (await call<Recommendation[]>('recommendations.list', { eventId })).find((x) => x.id === r.id)!;
    expect([now.successMeasure, now.progressRating]).toEqual(['', null]);
  });

  it('has a success measure checked for identifiers like the recommendation itself', async () => {
    const r = await call<Recommendation>('recommendations.create', { eventId, text: 'Audit core groups.', successMeasure: 'C-4 has a core group every month.' });
    const hits = (await call<ReportReadiness>('report.readiness', { eventId })).items.filter((i) => i.kind === 'identifier');
    expect(hits.map((h) => [h.text, h.fix])).toEqual([[expect.stringMatching(/^Recommendation \d: its success measure: a case reference \(C-4\)/), `actions/${r.id}`]]);
    await expect(call('report.export', { eventId })).rejects.toThrow(/could identify a child/);
    await expect(call('report.figuresXlsx', { eventId })).rejects.toThrow(/could identify a child/);
    await call('recommendations.update', { id: r.id, successMeasure: 'Every child has a core group every month.' });
    expect((await call<ReportReadiness>('report.readiness', { eventId })).items.filter((i) => i.kind === 'identifier')).toEqual([]);
  });
});

describe('document control', () => {
  it('is saved through the contract, trailed, and checked for identifiers', async () => {
    const saved = await call('report.saveDocumentControl', { eventId, version: ' 0.4 ', distribution: 'QA subgroup (fictional)\nExecutive (fictional)' });
    expect(saved).toEqual({ version: '0.4', distribution: 'QA subgroup (fictional)\nExecutive (fictional)' });
    const trail = await call<TrailEntry[]>('trail.list', { eventId });
    expect(trail.filter((t) => t.field === 'document control: version').map((t) => [t.oldValue, t.newValue])).toContainEqual(['', '0.4']);
    await expect(call('report.saveDocumentControl', { eventId, version: 'v'.repeat(41) })).rejects.toThrow(/version: must be at most 40 characters/);
    await call('report.saveDocumentControl', { eventId, distribution: 'Send to qa@anyshire.example' });
    const hits = (await call<ReportReadiness>('report.readiness', { eventId })).items.filter((i) => i.kind === 'identifier');
    expect(hits.map((h) => h.fix)).toEqual(['report/document-control']);
    await call('report.saveDocumentControl', { eventId, distribution: 'QA subgroup (fictional)' });
  });
});

describe('the workbook’s action plan', () => {
  it('has each action’s success measure and progress rating in two last columns', async () => {
    const r = await call<Recommendation>('recommendations.create', { eventId, text: 'Check plans monthly.', successMeasure: 'Every plan checked.', progressRating: 'complete' });
    const [header, ...rows] = (await readXlsx(await buildFiguresWorkbook(core.store, eventId))).sheets.get('Action plan')!;
    expect(header!.slice(-2)).toEqual(['Success measure', 'Progress']);
    expect(rows.find((row) => row[0] === r.text)!.slice(-2)).toEqual(['Every plan checked.', 'Complete']);
    expect(rows.find((row) => row[0] === 'Share chronologies.')!.slice(-2)).toEqual([expect.anything(), 'Not yet rated']);
  });
});
