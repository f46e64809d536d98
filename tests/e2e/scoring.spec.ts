// Scoring in Chromium against a real database over the web transport: an audit scored from start
// to submit with the keyboard only, number keys storing grades, and the progress board with its
// filters.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const sample = [
  'Child ID,DOB,Legal Status,Category of Plan',
  'C-1001,14/03/2015,CP Plan,Neglect',
  'C-1002,30/07/2019,CIN,Physical',
  'C-1003,01/06/2023,CP,Emotional',
  'C-1004,01/06/2009,Looked After,Educational',
].join('\r\n');

/** The neglect framework's criteria in the order the workspace lists them. */
const criteria = [
  'child-focus',
  'direct-work',
  'early-help-tools',
  'causes-not-symptoms',
  'whole-family',
  'history-cumulative-harm',
  'triangulation',
  'multi-agency',
  'relationship-based',
  'drift',
  'measurable-goals',
  'cultural-competence',
  'professional-curiosity',
];

interface GradeJson {
  value: number | null;
  notApplicable: boolean;
  notApplicableReason: string;
  rationale: string;
}
interface WorkspaceJson {
  audit: { status: string; overallValue: number | null; overallRationale: string };
  grades: Record<string, GradeJson>;
}

/** An event with the given agencies and the first `caseCount` cases of the sample. */
async function setUp(call: Api, agencies: string[], caseCount: number) {
  const event = await call<{ id: number }>('events.create', { name: 'Neglect audit, spring 2026', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies });
  const csv = sample.split('\r\n').slice(0, caseCount + 1).join('\r\n');
  await call('cases.import', { eventId: event.id, fileName: 'sample.csv', data: Buffer.from(csv).toString('base64') });
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId: event.id });
  const detail = await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: event.id });
  return { eventId: event.id, cases, agencies: detail.agencies };
}

async function auditIdFrom(page: Page): Promise<number> {
  await expect(page).toHaveURL(/#\/events\/\d+\/audits\/\d+$/);
  return Number(/audits\/(\d+)$/.exec(page.url())![1]);
}

test('an audit is scored, judged and submitted with the keyboard only, and kept', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await app.open(page, '#/settings');
  await page.getByLabel('Your name').fill('Alex Auditor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const { eventId, cases } = await setUp(call, ['Health', 'Anyshire Police'], 2);

  await app.open(page, `#/events/${eventId}/cases/${cases[0]!.id}`);
  const audits = page.getByRole('region', { name: 'Audits' });
  await expect(audits.getByText('No agency has started an audit of this case yet.')).toBeVisible();
  await audits.getByLabel('Agency').selectOption({ label: 'Health' });
  await expect(audits.getByLabel('Auditor name')).toHaveValue('Alex Auditor');
  await audits.getByRole('button', { name: 'Start audit' }).click();
  const auditId = await auditIdFrom(page);
  await expect(page.getByRole('heading', { level: 1, name: /Audit of C-1001/ })).toBeVisible();
  await expect(page.getByText('0 of 13 criteria done')).toBeVisible();

  // From here on: the keyboard only.
  const kb = page.keyboard;
  await kb.press('?');
  await expect(page.getByRole('region', { name: 'Keyboard' })).toBeVisible();
  await kb.press('?');
  await expect(page.getByRole('region', { name: 'Keyboard' })).toBeHidden();

  // The key is the value: 4 = Outstanding (4), 3 = Good (3), 2 = Requires improvement (2), 1 = Inadequate (1).
  const expected: Record<string, number | 'na'> = {};
  for (const [i, key] of criteria.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: /./ }).and(page.locator('#aw-item-heading'))).toBeVisible();
    if (i === 2) {
      await kb.press('n');
      await expect(page.getByLabel(/Reason it is not applicable/)).toBeFocused();
      await kb.type('No early help: the family were referred straight to child protection.');
      await kb.press('Escape');
      await expect(page.locator('#aw-item-heading')).toBeFocused();
      expected[key] = 'na';
    } else if (i === 4) {
      await kb.press('2');
      await expect(page.getByRole('radio', { name: 'Requires improvement (2)' })).toBeChecked();
      await expect(page.getByText('Why this judgement (required)')).toBeVisible();
      await kb.press('e');
      await expect(page.getByLabel(/Why this judgement/)).toBeFocused();
      await kb.type("Father's role not explored; the maternal grandmother's support was not assessed.");
      await kb.press('Escape');
      expected[key] = 2;
    } else {
      const outstanding = i % 5 === 0;
      await kb.press(outstanding ? '4' : '3');
      expected[key] = outstanding ? 4 : 3;
      if (i === 0) {
        await kb.press('Enter');
        await expect(page.getByLabel(/Why this judgement/)).toBeFocused();
        await kb.type('Seen alone at every visit; her words are quoted in the plan.');
        await kb.press('Escape');
      }
    }
    await kb.press('j');
  }
  await expect(page.getByText('13 of 13 criteria done')).toBeVisible();

  // Overall judgement: number key, then the rationale, then back out.
  await expect(page.locator('#aw-item-heading')).toHaveText('Overall');
  await kb.press('3');
  await expect(page.getByRole('radio', { name: 'Good (3)' })).toBeChecked();
  await kb.press('e');
  await expect(page.getByLabel('Why this overall judgement')).toBeFocused();
  await kb.type('Good multi-agency work overall; early help was not offered.');
  await kb.press('Escape');

  // A look at a criterion below good, for the screenshot, then back to the end.
  for (let n = 0; n < 9; n++) await kb.press('k');
  await expect(page.locator('#aw-item-heading')).toHaveText('Whole-family, ecological assessment');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1120 });
  await page.screenshot({ path: screenshotPath('audit-workspace.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  await kb.press('Control+Enter');
  await expect(page.locator('.aw-facts')).toContainText('Submitted');
  await expect(page.getByRole('button', { name: 'Reopen audit…' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Audit of C-1001/ })).toBeVisible();
  await expect(page.locator('.aw-facts')).toContainText('Submitted');
  await expect(page.getByText('13 of 13 criteria done, overall judgement given')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Criteria' });
  const labels: Record<string, string> = { na: 'Not applicable', 4: 'Outstanding', 3: 'Good', 2: 'Requires improvement' };
  const items = nav.getByRole('listitem');
  await expect(items).toHaveCount(14);
  for (const [i, key] of criteria.entries()) await expect(items.nth(i)).toContainText(labels[String(expected[key])]!);
  await expect(items.nth(13)).toContainText('Good');
  await expect(page.getByRole('radio', { name: 'Outstanding (4)' })).toBeDisabled();

  const stored = await call<WorkspaceJson>('audits.workspace', { auditId });
  expect(stored.audit.status).toBe('submitted');
  expect(stored.audit.overallValue).toBe(3);
  expect(stored.audit.overallRationale).toBe('Good multi-agency work overall; early help was not offered.');
  for (const key of criteria) {
    const grade = stored.grades[key]!;
    if (expected[key] === 'na') {
      expect(grade.notApplicable).toBe(true);
      expect(grade.notApplicableReason).toBe('No early help: the family were referred straight to child protection.');
    } else expect(grade.value, key).toBe(expected[key]);
  }
  expect(stored.grades['whole-family']!.rationale).toBe("Father's role not explored; the maternal grandmother's support was not assessed.");
  expect(stored.grades['child-focus']!.rationale).toBe('Seen alone at every visit; her words are quoted in the plan.');

  // Reopening asks for a reason; Escape cancels without change.
  await page.getByRole('button', { name: 'Reopen audit…' }).focus();
  await kb.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reopen this audit' });
  await expect(dialog.getByLabel('Reason for reopening')).toBeFocused();
  await kb.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reopen audit…' })).toBeFocused();
  await kb.press('Enter');
  await kb.type('The Health records for March arrived late.');
  await kb.press('Tab');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.aw-facts')).toContainText('In progress');
  await expect(page.getByRole('radio', { name: 'Outstanding (4)' })).toBeEnabled();
  expect((await call<WorkspaceJson>('audits.workspace', { auditId })).audit.status).toBe('in-progress');
});

test('number keys grade the current criterion and j moves on; every grade reaches the database', async ({ app, page }) => {
  // How long a key press takes to reach the database is measured by `npm run bench` (bench/keypress.ts).
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Alex Auditor' });
  const { eventId, cases, agencies } = await setUp(call, ['Health'], 1);
  const audit = await call<{ id: number }>('audits.start', { caseId: cases[0]!.id, agencyId: agencies[0]!.id });
  await app.open(page, `#/events/${eventId}/audits/${audit.id}`);
  await expect(page.getByText('0 of 13 criteria done')).toBeVisible();

  // Keys 1-4 in turn on the first ten criteria. The key pressed is the value shown: 4 is
  // Outstanding (4), 3 Good (3), 2 Requires improvement (2) and 1 Inadequate (1).
  const valueOfKey: Record<string, number> = { '4': 4, '3': 3, '2': 2, '1': 1 };
  const expected: Record<string, number> = {};
  for (let i = 0; i < 10; i++) {
    const digit = String((i % 4) + 1);
    expected[criteria[i]!] = valueOfKey[digit]!;
    await page.keyboard.press(digit);
    await expect.poll(async () => (await call<WorkspaceJson>('audits.workspace', { auditId: audit.id })).grades[criteria[i]!]?.value).toBe(valueOfKey[digit]);
    await page.keyboard.press('j');
    await expect(page.locator('#aw-item-heading')).toBeFocused();
  }
  await expect(page.getByText('10 of 13 criteria done')).toBeVisible();
  const stored = await call<WorkspaceJson>('audits.workspace', { auditId: audit.id });
  expect(Object.fromEntries(Object.entries(stored.grades).map(([key, g]) => [key, g.value]))).toEqual(expected);
});

test('the progress board shows each audit by case and agency, and filters by status', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Alex Auditor' });
  const { eventId, cases, agencies } = await setUp(call, ['Health', 'Anyshire Police', 'Education'], 4);
  const agency = (name: string) => agencies.find((a) => a.name === name)!.id;
  const [c1, c2, c3] = cases;

  // C-1001: Health submitted; Police in progress with 2 graded, plus a second auditor (double audit).
  const submitted = await call<{ id: number }>('audits.start', { caseId: c1!.id, agencyId: agency('Health') });
  for (const key of criteria) await call('audits.grade', { auditId: submitted.id, criterionKey: key, value: 3 });
  await call('audits.update', { auditId: submitted.id, overallValue: 3 });
  await call('audits.submit', { auditId: submitted.id });
  const police = await call<{ id: number }>('audits.start', { caseId: c1!.id, agencyId: agency('Anyshire Police') });
  await call('audits.grade', { auditId: police.id, criterionKey: 'child-focus', value: 4 });
  await call('audits.grade', { auditId: police.id, criterionKey: 'drift', value: 2, rationale: 'Plan not reviewed for five months.' });
  await call('audits.start', { caseId: c1!.id, agencyId: agency('Anyshire Police'), auditor: 'Sam Second' });
  // C-1003: Education in progress.
  const education = await call<{ id: number }>('audits.start', { caseId: c3!.id, agencyId: agency('Education') });
  await call('audits.grade', { auditId: education.id, criterionKey: 'child-focus', value: 3 });

  await app.open(page, `#/events/${eventId}`);
  await page.getByRole('link', { name: 'Progress board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress board' })).toBeVisible();
  await expect(page.locator('.pb-totals dd')).toHaveText(['9', '1', '2', '1', '0']);

  const table = page.getByRole('table', { name: 'Audits by case and agency' });
  // Agencies in alphabetical order.
  await expect(table.getByRole('columnheader')).toHaveText(['Case', 'Anyshire Police', 'Education', 'Health']);
  const row1 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /C-1001/ }) });
  const cells = row1.getByRole('cell');
  await expect(cells.nth(2)).toContainText('Submitted');
  await expect(cells.nth(2)).toContainText('13/13');
  await expect(cells.nth(0).getByRole('link', { name: /Alex Auditor: In progress 2\/13/ })).toBeVisible();
  await expect(cells.nth(0).getByRole('link', { name: /Sam Second: Not started 0\/13/ })).toBeVisible();
  await expect(cells.nth(1)).toContainText('Not started');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 4 of 4 cases' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('progress-board.png'), fullPage: true });

  await page.getByLabel('Status').selectOption('submitted');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 4 cases' })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveText([/C-1001/]);
  await page.getByLabel('Status').selectOption('in-progress');
  await expect(table.getByRole('rowheader')).toHaveText([/C-1001/, /C-1003/]);
  await page.getByLabel('Agency').selectOption({ label: 'Education' });
  await expect(table.getByRole('rowheader')).toHaveText([/C-1003/]);
  await expect(table.getByRole('columnheader')).toHaveText(['Case', 'Education']);
  await page.getByLabel('Agency').selectOption({ label: 'All agencies' });
  await page.getByLabel('Status').selectOption('moderated');
  await expect(page.getByText('No cases match these filters.')).toBeVisible();
  await page.getByLabel('Status').selectOption('missing');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 4 of 4 cases' })).toBeVisible();
  await page.getByLabel('Case reference').fill('1002');
  await expect(table.getByRole('rowheader')).toHaveText([/C-1002/]);

  // Starting from an empty cell, by keyboard: the workspace opens for that case and agency.
  await page.getByRole('button', { name: 'Start the Anyshire Police audit of C-1002' }).focus();
  await page.keyboard.press('Enter');
  const started = await auditIdFrom(page);
  await expect(page.getByRole('heading', { level: 1, name: /Audit of C-1002/ })).toBeVisible();
  await expect(page.locator('.aw-facts')).toContainText('Anyshire Police');
  // The new audit is stored for that case and agency, in the name of the user.
  const opened = await call<{ audit: { caseId: number; agencyId: number; auditor: string; status: string } }>('audits.workspace', { auditId: started });
  expect(opened.audit).toMatchObject({ caseId: c2!.id, agencyId: agency('Anyshire Police'), auditor: 'Alex Auditor', status: 'not-started' });
});

test('pressing 4 records Outstanding (value 4), and the dashboard shows it as 4', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Alex Auditor' });
  const { eventId, cases, agencies } = await setUp(call, ['Health'], 1);
  const audit = await call<{ id: number }>('audits.start', { caseId: cases[0]!.id, agencyId: agencies[0]!.id });
  await app.open(page, `#/events/${eventId}/audits/${audit.id}`);
  await expect(page.locator('#aw-item-heading')).toHaveText('Relentless focus on the child; lived experience and voice');

  // The key cap beside each option is its value, best first.
  const options = page.getByRole('group', { name: 'Grade' }).locator('.aw-grade-option');
  await expect(options.locator('kbd')).toHaveText(['4', '3', '2', '1', 'N']);
  await expect(options.first()).toContainText('Outstanding');
  await page.keyboard.press('?');
  const help = page.getByRole('region', { name: 'Keyboard' });
  await expect(help.getByRole('term').filter({ hasText: '4' }).locator('xpath=following-sibling::dd[1]')).toHaveText('Outstanding');
  await expect(help.getByRole('term').filter({ hasText: '1' }).first().locator('xpath=following-sibling::dd[1]')).toHaveText('Inadequate');
  await page.keyboard.press('?');

  await page.keyboard.press('4');
  await expect(page.getByRole('radio', { name: 'Outstanding (4)' })).toBeChecked();
  await expect.poll(async () => (await call<WorkspaceJson>('audits.workspace', { auditId: audit.id })).grades['child-focus']?.value).toBe(4);

  // One case is below the small-number threshold: show small numbers to see the figure.
  await app.open(page, `#/events/${eventId}/dashboard`);
  await page.getByLabel(/Suppress groups under/).uncheck();
  const table = page.getByRole('table', { name: 'Grades by criterion' });
  const headers = await table.getByRole('columnheader').allTextContents();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Relentless focus on the child/ }) });
  const cellUnder = async (header: string) => {
    const column = headers.findIndex((h) => h.trim() === header);
    expect(column, header).toBeGreaterThan(0);
    return row.locator('th, td').nth(column);
  };
  // Shown on request, each figure is marked as small ("1† (from fewer than 5 cases)").
  await expect(await cellUnder('Outstanding (4)')).toHaveText(/^1†/);
  await expect(await cellUnder('Inadequate (1)')).toHaveText(/^0†/);
  await expect(await cellUnder('Mean')).toHaveText(/^4\.00†/);
});
