// Which free text leaves the app in each output (the texts the identifier check reads), and the
// refusal that lists every identifier found with where to fix it. In process: the CLI tests in
// planted-identifiers.test.ts cover the same through the exporters.
import { describe, expect, it } from 'vitest';
import { assertNoIdentifiers, textsLeaving } from '../../../core/disclosure/free-text';
import { updateEvent } from '../../../core/events/service';
import { createFinding } from '../../../core/findings/service';
import { defaultAppPaths } from '../../../core/paths';
import { createRecommendation } from '../../../core/recommendations/service';
import { writeDocumentControl } from '../../../core/report/document-control';
import { writeNarrative } from '../../../core/report/narratives';
import { loadReportTemplate } from '../../../core/report/template';
import { auditReadyStore } from '../helpers/audit-ready-store';

const template = loadReportTemplate(defaultAppPaths().templatesDir);

async function eventWithTexts() {
  const setup = await auditReadyStore();
  const { db, eventId } = setup;
  updateEvent(db, { id: eventId, name: 'Neglect audit spring', theme: 'Drift in plans' });
  const good = createFinding(db, eventId, { kind: 'good-practice', text: 'Seen alone every visit.', quoteForReport: true });
  const area = createFinding(db, eventId, { kind: 'area-for-development', text: 'Plans drifted.', quoteForReport: true });
  const area2 = createFinding(db, eventId, { kind: 'area-for-development', text: 'Reviews were late.', quoteForReport: true });
  const uncleared = createFinding(db, eventId, { kind: 'theme', text: 'Not cleared for quoting.' });
  const open = createRecommendation(db, eventId, { text: 'Review plans monthly.' });
  const done = createRecommendation(db, eventId, { text: 'Train on drift.', status: 'done' });
  writeNarrative(db, template, { eventId, sectionKey: 'executive-summary', text: 'The summary.' });
  writeNarrative(db, template, { eventId, sectionKey: 'findings-by-criterion', criterionKey: 'drift', text: 'Drift conclusions.' });
  return { ...setup, good, area, area2, uncleared, open, done };
}

const places = (list: { where: string; fix: string; text: string }[]) => list.map((p) => [p.where, p.fix, p.text]);

describe('the free text leaving in each output', () => {
  it('the report: name, theme, cleared findings, every recommendation and the written sections', async () => {
    const { db, eventId, good, area, area2, uncleared, open, done } = await eventWithTexts();
    const drift = 'Timeliness and drift';
    const base = [
      ['The event’s name', 'event', 'Neglect audit spring'],
      ['The event’s theme', 'event', 'Drift in plans'],
      [`Finding ${good.id} (good practice)`, `findings/${good.id}`, 'Seen alone every visit.'],
      [`Finding ${area.id} (area for development)`, `findings/${area.id}`, 'Plans drifted.'],
      [`Finding ${area2.id} (area for development)`, `findings/${area2.id}`, 'Reviews were late.'],
    ];
    const rest = [
      ['Recommendation 1', `actions/${open.id}`, 'Review plans monthly.'],
      ['Recommendation 2', `actions/${done.id}`, 'Train on drift.'],
      ['Report: Executive summary', 'report/executive-summary', 'The summary.'],
      [`Report: Findings by criterion, ${drift}`, 'report/findings-by-criterion/drift', 'Drift conclusions.'],
    ];
    expect(places(textsLeaving(db, template, eventId, 'report'))).toEqual([...base, ...rest]);
    // A finding not cleared leaves only in an identifiable report, and only when chosen.
    expect(places(textsLeaving(db, template, eventId, 'report', { findingIds: [uncleared.id] }))).toEqual([...base, ...rest]);
    expect(places(textsLeaving(db, template, eventId, 'report', { includeIdentifiers: true, findingIds: [uncleared.id] }))).toEqual([
      ...base,
      [`Finding ${uncleared.id} (theme)`, `findings/${uncleared.id}`, 'Not cleared for quoting.'],
      ...rest,
    ]);
    // Without the template, no written section is read.
    expect(places(textsLeaving(db, null, eventId, 'report')).map((p) => p[1])).toEqual(['event', 'event', ...base.slice(2).map((p) => p[1]), `actions/${open.id}`, `actions/${done.id}`]);
  });

  it('the briefing: every cleared finding only when quotes are ticked in; every action, open before done, the event’s own before one agency’s feedback', async () => {
    const { db, eventId, cases, good, area, area2, open, done } = await eventWithTexts();
    const third = createFinding(db, eventId, { kind: 'good-practice', text: 'Records were clear.', quoteForReport: true });
    const feedback = createRecommendation(db, eventId, { text: 'Feedback to the school.', caseId: cases[0]!.id });
    const doneFeedback = createRecommendation(db, eventId, { text: 'Feedback given.', caseId: cases[1]!.id, status: 'done' });
    const later = createRecommendation(db, eventId, { text: 'A later action.' });
    const actions = [open, later, feedback, done, doneFeedback].map((r) => `actions/${r.id}`);
    expect(places(textsLeaving(db, template, eventId, 'briefing')).map((p) => p[1])).toEqual(['event', 'event', ...actions]);
    expect(places(textsLeaving(db, template, eventId, 'briefing', { includeQuotes: true })).map((p) => p[1])).toEqual([
      'event',
      'event',
      `findings/${good.id}`,
      `findings/${area.id}`,
      `findings/${area2.id}`,
      `findings/${third.id}`,
      ...actions,
    ]);
  });

  it('the workbook: the event and the recommendations; the presentation: also the cleared findings', async () => {
    const { db, eventId, good, area, area2, open, done } = await eventWithTexts();
    expect(places(textsLeaving(db, template, eventId, 'workbook')).map((p) => p[1])).toEqual(['event', 'event', `actions/${open.id}`, `actions/${done.id}`]);
    expect(places(textsLeaving(db, template, eventId, 'presentation')).map((p) => p[1])).toEqual([
      'event',
      'event',
      `findings/${good.id}`,
      `findings/${area.id}`,
      `findings/${area2.id}`,
      `actions/${open.id}`,
      `actions/${done.id}`,
    ]);
  });

  it('leaves out empty and blank texts (no theme)', async () => {
    const { db, eventId } = await auditReadyStore();
    // Never given a theme.
    expect(places(textsLeaving(db, template, eventId, 'workbook'))).toEqual([['The event’s name', 'event', 'Test audit']]);
    updateEvent(db, { id: eventId, theme: '' });
    expect(places(textsLeaving(db, template, eventId, 'workbook'))).toEqual([['The event’s name', 'event', 'Test audit']]);
  });

  it('the report also carries each success measure and the document control’s version and distribution, blank ones left out', async () => {
    const { db, eventId } = await auditReadyStore();
    const first = createRecommendation(db, eventId, { text: 'Review plans monthly.', successMeasure: 'Every plan reviewed within 4 weeks.' });
    const second = createRecommendation(db, eventId, { text: 'Train on drift.' });
    const texts = () => places(textsLeaving(db, template, eventId, 'report')).filter((p) => p[0] !== 'The event’s name');
    writeDocumentControl(db, { eventId, version: '0.3', distribution: '  \n  ' });
    expect(texts()).toEqual([
      ['Recommendation 1', `actions/${first.id}`, 'Review plans monthly.'],
      ['Recommendation 2', `actions/${second.id}`, 'Train on drift.'],
      ['Recommendation 1: its success measure', `actions/${first.id}`, 'Every plan reviewed within 4 weeks.'],
      ['Report: Document control, version', 'report/document-control', '0.3'],
    ]);
    writeDocumentControl(db, { eventId, distribution: 'Partnership board\nHead of service' });
    expect(texts().at(-1)).toEqual(['Report: Document control, distribution', 'report/document-control', 'Partnership board\nHead of service']);
    // The document control is found by its key, wherever a template puts it.
    const reordered = { ...template, sections: [...template.sections].reverse() };
    expect(places(textsLeaving(db, reordered, eventId, 'report')).filter((p) => p[1] === 'report/document-control')).toEqual([
      ['Report: Document control, version', 'report/document-control', '0.3'],
      ['Report: Document control, distribution', 'report/document-control', 'Partnership board\nHead of service'],
    ]);
    // The workbook carries the success measures too, but no report section.
    expect(places(textsLeaving(db, template, eventId, 'workbook')).map((p) => p[0])).toEqual(['The event’s name', 'Recommendation 1', 'Recommendation 2', 'Recommendation 1: its success measure']);
  });
});

describe('refusing an export without identifiers', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      const e = error as { message: string; code: string; details?: unknown };
      return { message: e.message, code: e.code, details: e.details };
    }
    return 'accepted';
  };

  it('names one identifier with where to fix it, or counts several; passes when none or when identifiers are chosen', async () => {
    const { db, eventId } = await auditReadyStore();
    expect(refusal(() => assertNoIdentifiers(db, template, eventId, 'workbook'))).toBe('accepted');
    const first = createRecommendation(db, eventId, { text: 'Call 020 7946 0000 about it.' });
    expect(refusal(() => assertNoIdentifiers(db, template, eventId, 'workbook'))).toEqual({
      code: 'IDENTIFIERS_FOUND',
      message: 'The workbook was not exported without identifiers: one thing that could identify a child was found in its text. Remove it where listed, or export with identifiers.',
      details: [{ path: `actions/${first.id}`, message: 'Recommendation 1: a phone number (020 7946 0000)' }],
    });
    const second = createRecommendation(db, eventId, { text: 'Write to jo@example.org at SW1A 1AA.' });
    expect(refusal(() => assertNoIdentifiers(db, template, eventId, 'presentation'))).toEqual({
      code: 'IDENTIFIERS_FOUND',
      message: 'The presentation was not exported without identifiers: 3 things that could identify a child were found in its text. Remove them where listed, or export with identifiers.',
      details: [
        { path: `actions/${first.id}`, message: 'Recommendation 1: a phone number (020 7946 0000)' },
        { path: `actions/${second.id}`, message: 'Recommendation 2: an email address (jo@example.org)' },
        { path: `actions/${second.id}`, message: 'Recommendation 2: a postcode (SW1A 1AA)' },
      ],
    });
    expect(refusal(() => assertNoIdentifiers(db, template, eventId, 'report', { includeIdentifiers: true }))).toBe('accepted');
  });
});
