// The presentation's one call returns only what a slide may show: a quote that came to hold a case
// reference (the child was imported after it was ticked) and a recommendation with a postcode are
// replaced by a note saying what kind of thing was withheld; a finding not cleared as a quote is
// not there at all; a criterion scored for 3 children carries no figure and no change; and no case
// reference of either event appears anywhere in what the page receives.
import { describe, expect, it } from 'vitest';
import { importCases } from '../../../core/cases/import-service';
import { listAudits, updateAudit } from '../../../core/audits/service';
import { createEvent } from '../../../core/events/service';
import { createFinding } from '../../../core/findings/service';
import { createRecommendation } from '../../../core/recommendations/service';
import { updateSettings } from '../../../core/settings/service';
import type { PresentationView, Slide } from '../../../core/contract/types';
import { csv, tempCore } from '../helpers/core';
import { presentationView } from '../../../core/disclosure/presentation';
import { frameworkForEvent } from '../../../core/audits/event-framework';
import { gradedEvent } from './scenarios';

const refs = (p: string) => Array.from({ length: 6 }, (_, i) => `${p}-${i + 1}`);

async function seeded() {
  const core = tempCore();
  const db = core.store.db;
  updateSettings(db, { userName: 'Fictional Facilitator' });
  const before = await gradedEvent(core, { name: 'Autumn audit', auditDate: '2025-10-01', references: refs('AUT'), grade: (ci) => [4, 3, 2, 1, 3, 2][ci]! });
  const { eventId } = await gradedEvent(core, {
    name: 'Spring audit',
    auditDate: '2026-03-01',
    references: refs('SPR'),
    grade: (ci, key) => (key === 'drift' ? (ci < 3 ? 3 : 'n/a') : [4, 3, 3, 1, 3, 2][ci]!),
  });
  createFinding(db, eventId, { kind: 'theme', text: 'Seen with LATE-77 at the school gate.', quoteForReport: true, criterionKeys: ['child-focus'] });
  createFinding(db, eventId, { kind: 'good-practice', text: 'Practitioners wrote down the child’s own words.', quoteForReport: true, criterionKeys: ['child-focus'] });
  createFinding(db, eventId, { kind: 'area-for-development', text: 'Not cleared: SPR-2 waited nine weeks.', quoteForReport: false, criterionKeys: ['child-focus'] });
  createRecommendation(db, eventId, { text: 'Offer the family at LS1 4AP a review.' });
  createRecommendation(db, eventId, { text: 'Review drift at every supervision.' });
  // The quoted child joins the database after the tick was given.
  await importCases(db, { eventId: before.eventId, fileName: 'late.csv', bytes: csv('Child ID,DOB\nLATE-77,02/02/2017') });
  return { core, eventId, previous: before.eventId };
}

const slideOf = <K extends Slide['kind']>(view: PresentationView, kind: K, title?: string) =>
  view.slides.find((s): s is Extract<Slide, { kind: K }> => s.kind === kind && (title === undefined || s.title === title))!;

describe('presentation.view', () => {
  it('withholds identifying texts with the reason, leaves out uncleared findings and suppressed figures, and carries no case reference', async () => {
    const { core, eventId, previous } = await seeded();
    const result = await core.dispatch('presentation.view', { eventId, compareWith: previous });
    if (!result.ok) throw new Error(result.error.message);
    const view = result.value as PresentationView;
    const sent = JSON.stringify(view);
    for (const r of [...refs('AUT'), ...refs('SPR'), 'LATE-77']) expect(sent).not.toMatch(new RegExp(`\\b${r}\\b`));
    expect(sent).not.toContain('LS1 4AP');
    expect(sent).not.toContain('nine weeks');

    const criterion = (key: string) => view.slides.find((s) => s.kind === 'criterion' && s.key === key) as Extract<Slide, { kind: 'criterion' }>;
    const childFocus = criterion('child-focus');
    expect(childFocus.themes).toEqual([{ withheld: true, reason: 'A theme was withheld: it contains a case reference.' }]);
    expect(childFocus.quotes).toEqual([{ withheld: false, text: 'Practitioners wrote down the child’s own words.' }]);
    // 4 of 6 good or better (3, 3, 4, 3), mean 16/6; before 3 of 6 (4, 3, 3).
    expect(childFocus.figures).toEqual({ n: 6, goodOrBetter: 4 / 6, mean: 16 / 6, suppressed: false, small: false });
    expect(childFocus.change).toMatchObject({ suppressed: false, change: 4 / 6 - 3 / 6 });

    const drift = criterion('drift');
    expect(drift.figures).toEqual({ suppressed: true, small: true });
    expect(drift.change).toEqual({ suppressed: true, small: true });

    expect(slideOf(view, 'findings', 'Areas for development').texts).toEqual([]);
    expect(slideOf(view, 'recommendations').items.map((i) => i.text)).toEqual([
      { withheld: true, reason: 'A recommendation was withheld: it contains a postcode.' },
      { withheld: false, text: 'Review drift at every supervision.' },
    ]);
    expect(view.comparedWith).toBe('Autumn audit');
    expect(view.compareOptions).toEqual([{ id: previous, name: 'Autumn audit' }]);
  }, 60_000);

  it('takes no case, audit or filter input: the page cannot ask for more', async () => {
    const { core, eventId } = await seeded();
    for (const extra of [{ caseId: 1 }, { includeIdentifiers: true }, { filters: {} }]) {
      const result = await core.dispatch('presentation.view', { eventId, ...extra });
      expect(result.ok).toBe(false);
    }
  }, 60_000);

  it('lays out the title, overview, comparison, a slide per criterion, the findings and the recommendations, in that order', async () => {
    const { core, eventId, previous } = await seeded();
    const view = presentationView(core.store, eventId, { compareWith: previous });
    const criteria = frameworkForEvent(core.store.db, eventId).criteria;
    expect(view.event).toEqual({ name: 'Spring audit', classification: 'OFFICIAL-SENSITIVE' });
    expect(view.slides.map((s) => [s.kind, s.title])).toEqual([
      ['title', 'Spring audit'],
      ['overview', 'Overview'],
      ['comparison', 'Change since Autumn audit'],
      ...criteria.map((c) => ['criterion', c.title]),
      ['findings', 'Good practice'],
      ['findings', 'Areas for development'],
      ['recommendations', 'Recommendations'],
    ]);
    expect(slideOf(view, 'title')).toMatchObject({ auditDate: '2026-03-01', classification: 'OFFICIAL-SENSITIVE', frameworkName: expect.stringMatching(/\w/) });
    // Six children, one agency each: six audits.
    expect(slideOf(view, 'overview').sample).toEqual({ cases: 6, casesAudited: 6, audits: 6, agencies: 1 });
    expect(slideOf(view, 'findings', 'Good practice')).toMatchObject({
      texts: [{ withheld: false, text: 'Practitioners wrote down the child’s own words.' }],
      empty: 'No good practice has been cleared for presentation yet.',
    });
    expect(slideOf(view, 'findings', 'Areas for development').empty).toBe('No areas for development have been cleared for presentation yet.');
    // The quotes linked to a criterion go on its slide only: a theme among the themes, the rest as quotes.
    const drift = view.slides.find((s) => s.kind === 'criterion' && s.key === 'drift') as Extract<Slide, { kind: 'criterion' }>;
    expect([drift.themes, drift.quotes]).toEqual([[], []]);
    expect(slideOf(view, 'recommendations').items.map((i) => [i.ownerName, i.dueDate, i.status])).toEqual([
      [null, null, 'open'],
      [null, null, 'open'],
    ]);

    const alone = presentationView(core.store, eventId);
    expect(alone.slides.map((s) => s.kind)).not.toContain('comparison');
    expect(alone.comparedWith).toBeNull();
    expect(alone.slides.filter((s) => s.kind === 'criterion').map((s) => (s as Extract<Slide, { kind: 'criterion' }>).change)).toEqual(criteria.map(() => null));
  }, 60_000);

  it('puts each cleared finding on its own kind’s slide, names a withheld quote as a quote, and shows the overall judgements', async () => {
    const { core, eventId, previous } = await seeded();
    const db = core.store.db;
    createFinding(db, eventId, { kind: 'area-for-development', text: 'Reviews slipped over the summer.', quoteForReport: true });
    createFinding(db, eventId, { kind: 'good-practice', text: 'LATE-77 was seen alone.', quoteForReport: false }); // not cleared: not shown
    // Cleared while NEW-5 was no case of any event; the child is imported afterwards.
    createFinding(db, eventId, { kind: 'good-practice', text: 'NEW-5 was seen alone every visit.', quoteForReport: true });
    await importCases(db, { eventId: previous, fileName: 'new.csv', bytes: csv('Child ID,DOB\nNEW-5,03/03/2018') });
    // The six audits' overall judgements: 4, 3, 2, 2, 3, 1, so 3 of 6 good or better.
    listAudits(db, eventId).forEach((a, i) => updateAudit(db, { auditId: a.id, overallValue: [4, 3, 2, 2, 3, 1][i]! }));
    // An event on another framework cannot be compared with.
    createEvent(db, { name: 'Quick check', frameworkKey: 'neglect-quick-check', auditDate: '2026-01-01' });

    const view = presentationView(core.store, eventId);
    expect(slideOf(view, 'findings', 'Areas for development').texts).toEqual([{ withheld: false, text: 'Reviews slipped over the summer.' }]);
    expect(slideOf(view, 'findings', 'Good practice').texts).toEqual([
      { withheld: false, text: 'Practitioners wrote down the child’s own words.' },
      { withheld: true, reason: 'A quote was withheld: it contains a case reference.' },
    ]);
    expect(slideOf(view, 'overview').overall).toEqual({ n: 6, goodOrBetter: 0.5, suppressed: false, small: false });
    expect(view.compareOptions).toEqual([{ id: previous, name: 'Autumn audit' }]);
  }, 60_000);

  it('shows small figures, marked small, when the user opts out of suppression', async () => {
    const { core, eventId } = await seeded();
    const drift = (view: PresentationView) => view.slides.find((s) => s.kind === 'criterion' && s.key === 'drift') as Extract<Slide, { kind: 'criterion' }>;
    expect(drift(presentationView(core.store, eventId)).figures).toEqual({ suppressed: true, small: true });
    // Three children graded Good (3): all good or better, mean 3.
    const shown = presentationView(core.store, eventId, { suppressSmallNumbers: false });
    expect(shown.suppressSmallNumbers).toBe(false);
    expect(drift(shown).figures).toEqual({ n: 3, goodOrBetter: 1, mean: 3, suppressed: false, small: true });
  }, 60_000);
});
