// The findings dashboard, presentation mode and the action plan in Chromium against a real
// database: eight cases audited by three agencies (one double audit), a quote cleared for the
// report and a finding that is not. The dashboard shows the summary's numbers, draws and downloads
// its charts, and changes with a filter; the slides never show a case reference or an uncleared
// finding; the action plan's SMART check follows the typing and a new action is listed.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const childFocus = 'Relentless focus on the child; lived experience and voice';
const quote = 'Practitioners recorded what children said about meals and bedtimes in the children’s own words, and plans changed because of it.';
const unmarked = 'Internal note: one family moved twice and the health record was not transferred for months.';

interface SummaryView {
  criteria: { key: string; n: number; goodOrBetter: number | null }[];
}

const csv = [
  'Child ID,DOB,Legal Status',
  'C-9001,01/02/2015,CP',
  'C-9002,14/07/2019,CIN',
  'C-9003,03/11/2012,CP',
  'C-9004,22/05/2023,EH',
  'C-9005,09/09/2010,CLA',
  'C-9006,30/01/2017,CP',
  'C-9007,18/03/2021,CIN',
  'C-9008,11/12/2013,CP',
].join('\n');

async function seed(api: Api) {
  await api('settings.update', { userName: 'Sam Facilitator' });
  // An earlier audit on the same framework, with an open action to carry forward.
  const { id: previousId } = await api<{ id: number }>('events.create', {
    name: 'Neglect audit, autumn 2025',
    frameworkKey: 'neglect-what-works',
    auditDate: '2025-10-01',
    agencies: ['Police', 'Health', 'Education'],
  });
  await api('recommendations.create', { eventId: previousId, text: 'Every neglect plan names a lead professional and is reviewed at least every 12 weeks.', status: 'open' });

  const { id: eventId } = await api<{ id: number }>('events.create', {
    name: 'Neglect audit, spring 2026',
    frameworkKey: 'neglect-what-works',
    auditDate: '2026-03-01',
    partnership: 'Northshire Safeguarding Children Partnership',
    agencies: ['Police', 'Health', 'Education'],
  });
  const event = await api<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId });
  const agency = (name: string) => event.agencies.find((a) => a.name === name)!.id;
  await api('cases.import', { eventId, fileName: 'sample.csv', data: Buffer.from(csv).toString('base64') });
  const cases = await api<{ id: number; reference: string }[]>('cases.list', { eventId });
  const caseId = (ref: string) => cases.find((c) => c.reference === ref)!.id;

  const grade = async (ref: string, agencyName: string, values: Record<string, number | null>, auditor?: string) => {
    const audit = await api<{ id: number }>('audits.start', { caseId: caseId(ref), agencyId: agency(agencyName), auditor: auditor ?? `${agencyName} auditor` });
    for (const [criterionKey, value] of Object.entries(values)) {
      await api('audits.grade', value === null ? { auditId: audit.id, criterionKey, notApplicable: true, notApplicableReason: 'Not relevant to this case.' } : { auditId: audit.id, criterionKey, value });
    }
  };
  const police = [4, 3, 3, 2, 1, 3, 2, 3];
  for (let i = 0; i < 8; i++) await grade(`C-900${i + 1}`, 'Police', { 'child-focus': police[i]!, 'early-help-tools': i % 2 ? 2 : 3, drift: 2 });
  for (let i = 0; i < 6; i++) await grade(`C-900${i + 1}`, 'Health', { 'child-focus': i % 3 === 0 ? 1 : 2, 'early-help-tools': 3, drift: i === 2 ? null : 3 });
  for (let i = 0; i < 3; i++) await grade(`C-900${i + 1}`, 'Education', { 'child-focus': 3, 'whole-family': 2 });
  // A double audit: a second Police auditor for C-9001.
  await grade('C-9001', 'Police', { 'child-focus': 3, 'early-help-tools': 3, drift: 2 }, 'Second police auditor');

  await api('findings.create', { eventId, kind: 'good-practice', text: quote, quoteForReport: true, criterionKeys: ['child-focus'], caseIds: [caseId('C-9001')] });
  await api('findings.create', { eventId, kind: 'area-for-development', text: unmarked, quoteForReport: false, criterionKeys: ['child-focus'], caseIds: [caseId('C-9003')] });
  await api('findings.create', { eventId, kind: 'theme', text: 'Children’s voices are heard but not always acted on.', quoteForReport: true, criterionKeys: ['child-focus'] });
  await api('recommendations.create', {
    eventId,
    text: 'Health visitors record the child’s own words at every contact; re-audit 20 cases in six months.',
    ownerAgencyId: agency('Health'),
    dueDate: '2026-09-30',
    criterionKeys: ['child-focus'],
  });
  return { eventId, previousId, agency };
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

async function childFocusRow(page: Page) {
  return page.getByRole('region', { name: 'Grades by criterion' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${childFocus}`) }) });
}

test('dashboard numbers, charts and filters; slides without case references; action plan with SMART check', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, agency } = await seed(api);
  const summary = await api<SummaryView>('analysis.summary', { eventId });
  const focus = summary.criteria.find((c) => c.key === 'child-focus')!;
  expect(focus.n).toBe(18);

  // From the event page to the dashboard.
  await app.open(page, `#/events/${eventId}`);
  await page.getByRole('link', { name: 'Findings dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings dashboard' })).toBeVisible();
  const row = await childFocusRow(page);
  await expect(row.locator('[data-col="n"]')).toHaveText(String(focus.n));
  await expect(row.locator('[data-col="good"]')).toHaveText(pct(focus.goodOrBetter));

  // Charts: pictures with alt text, a text alternative, and downloads.
  const charts = page.getByRole('region', { name: 'Charts' });
  const images = charts.getByRole('img');
  await expect(images).toHaveCount(2);
  for (const image of await images.all()) expect(await image.getAttribute('alt')).toMatch(/good or better/);
  await charts.getByText('Text alternative').first().click();
  await expect(charts.getByText(/Bar chart of the share of grades that are good or better/).first()).toBeVisible();
  const [svg] = await Promise.all([page.waitForEvent('download'), charts.getByRole('button', { name: /^Download SVG/ }).first().click()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  expect(readFileSync(await svg.path(), 'utf8')).toContain('<svg');
  const [png] = await Promise.all([page.waitForEvent('download'), charts.getByRole('button', { name: /^Download PNG/ }).first().click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');

  // Agreement: the double audit is of one case, so its figures are withheld; agencies against moderation has none.
  const agreement = page.getByRole('region', { name: 'Agreement between auditors' });
  await expect(agreement.getByRole('row', { name: /Pairs of grades/ }).getByRole('cell').first()).toHaveText('fewer than 5');

  // Drill-down: the cases behind child-focus, linked to their pages.
  await row.getByRole('button', { name: `Show cases for ${childFocus}` }).click();
  const drill = page.getByRole('region', { name: `Cases for ${childFocus}` });
  await expect(drill.getByRole('link', { name: 'C-9008' })).toBeVisible();
  await expect(drill.getByRole('link')).toHaveCount(8);
  await page.screenshot({ path: screenshotPath('dashboard.png'), fullPage: true });
  await drill.getByRole('button', { name: 'Close case list' }).click();

  // Suppression: a cell from fewer than five cases says so; switched off it shows the figure marked.
  const agencies = page.getByRole('region', { name: 'By agency' });
  await expect(agencies.getByRole('button', { name: `Show cases for Education, ${childFocus}` })).toContainText('fewer than 5');
  await page.getByLabel('Suppress groups under 5 cases').uncheck();
  await expect(agencies.getByRole('button', { name: `Show cases for Education, ${childFocus}` })).toContainText('100%');
  await expect(agencies.getByText(/Drawn from fewer than 5 cases/)).toBeVisible();
  // Shown on request, agreement figures come as decimals to two places.
  await expect(agreement.getByRole('row', { name: /Pairs of grades/ }).getByRole('cell').first()).toHaveText(/^3/);
  await expect(agreement.getByRole('row', { name: /Exact agreement/ }).getByRole('cell').first()).toHaveText(/^\d\.\d\d/);
  await page.getByLabel('Suppress groups under 5 cases').check();

  // An agency filter changes the numbers, as the core says.
  const policeOnly = await api<SummaryView>('analysis.summary', { eventId, filters: { agencyIds: [agency('Police')] } });
  const policeFocus = policeOnly.criteria.find((c) => c.key === 'child-focus')!;
  expect(policeFocus.n).not.toBe(focus.n);
  await page.getByRole('group', { name: 'Agency' }).getByLabel('Police').check();
  await expect(row.locator('[data-col="n"]')).toHaveText(String(policeFocus.n));
  await expect(row.locator('[data-col="good"]')).toHaveText(pct(policeFocus.goodOrBetter));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(row.locator('[data-col="n"]')).toHaveText(String(focus.n));

  // Comparison with the earlier audit adds a column and a chart.
  await page.getByLabel('Compare with').selectOption({ label: 'Neglect audit, autumn 2025' });
  await expect(page.getByRole('columnheader', { name: 'Change since Neglect audit, autumn 2025' })).toBeVisible();
  await expect(charts.getByRole('img')).toHaveCount(3);

  // Presentation: every slide by keyboard, never a case reference, only the cleared quote.
  await page.getByRole('link', { name: 'Presentation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presentation' })).toBeVisible();
  await page.getByRole('button', { name: 'Start presentation' }).click();
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const total = Number((await counter.innerText()).split('/')[1]!.trim());
  expect(total).toBe(2 + 13 + 3);
  let sawQuote = false;
  for (let n = 1; n <= total; n++) {
    await expect(counter).toHaveText(`${n} / ${total}`);
    await expect(page.getByText('Drawing the chart…')).toHaveCount(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/C-9\d{3}/);
    expect(text).not.toContain(unmarked);
    if (text.includes(quote)) sawQuote = true;
    if (n === 2) await page.screenshot({ path: screenshotPath('presentation-overview.png') });
    if (n === 3) {
      await expect(page.locator('.pr-stage').getByRole('heading', { name: childFocus })).toBeVisible();
      await expect(page.locator('.pr-stage')).toContainText(quote);
      await page.screenshot({ path: screenshotPath('presentation-criterion.png') });
    }
    await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
  }
  expect(sawQuote).toBe(true);
  await expect(page.locator('.pr-stage')).toContainText('Health visitors record the child’s own words');
  await page.keyboard.press('Home');
  await expect(counter).toHaveText(`1 / ${total}`);
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(`${total - 1} / ${total}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('.pr-stage')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start presentation' })).toBeFocused();

  // Action plan: the SMART check follows the typing; a new action is listed.
  await app.open(page, `#/events/${eventId}/actions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
  await expect(page.getByRole('article', { name: /Recommendation 1/ })).toContainText('Owner');
  const form = page.getByRole('region', { name: 'Add a recommendation' });
  const smart = form.getByRole('region', { name: /SMART check/ });
  await expect(smart.locator('[data-letter="M"]')).toContainText('Not met');
  await expect(smart.locator('[data-letter="S"]')).toContainText('Not met');
  const text = 'Schools record each child’s own account of home life in every neglect referral, checked by a dip sample of 15 referrals.';
  await form.getByLabel('Text', { exact: true }).fill(text);
  await expect(smart.locator('[data-letter="M"]')).toContainText('Met');
  await expect(smart.locator('[data-letter="M"]')).not.toContainText('Not met');
  await expect(smart.locator('[data-letter="S"]')).not.toContainText('Not met');
  await expect(smart.locator('[data-letter="A"]')).toContainText('Not met');
  await form.getByLabel('Owner agency').selectOption({ label: 'Education' });
  await form.getByLabel('Due date').fill('2026-12-31');
  await form.getByRole('group', { name: 'Linked criteria' }).getByLabel(childFocus).check();
  await expect(smart).toContainText('5 of 5 met');
  await form.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the recommendation' })).toBeVisible();
  const added = page.getByRole('article', { name: /Recommendation 2/ });
  await expect(added).toContainText(text);
  await expect(added).toContainText('Education');
  await expect(added).toContainText('31 December 2026');

  // Open actions carried forward from the earlier audit, and overdue from the date.
  await page.getByLabel('Carry forward open actions from…').selectOption({ label: 'Neglect audit, autumn 2025' });
  await page.getByRole('button', { name: 'Carry forward', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 action carried forward' })).toBeVisible();
  const carried = page.getByRole('article', { name: /Recommendation 3/ });
  await expect(carried).toContainText('Carried from Neglect audit, autumn 2025');
  await carried.getByRole('button', { name: 'Edit recommendation 3' }).click();
  const editing = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Edit recommendation 3' }) });
  await editing.getByLabel('Due date').fill('2025-12-01');
  await editing.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('article', { name: /Recommendation 3/ }).getByText('Overdue', { exact: true })).toBeVisible();
  await page.getByRole('article', { name: /Recommendation 1/ }).getByLabel('Status').selectOption('in-progress');
  await expect(page.getByRole('status').filter({ hasText: 'Status changed to in progress' })).toBeVisible();
  // A draft half-way to SMART, for the picture.
  await form.getByLabel('Text', { exact: true }).fill('Early help practitioners complete a Graded Care Profile 2 for every child on a neglect plan.');
  await expect(smart).toContainText('2 of 5 met');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('action-plan.png'), fullPage: true });
});
