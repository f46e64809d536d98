// The event as a task list in Chromium: the app opens on Events, the demo is always offered
// there, and each step of the demo's cycle shows its state, what is left and where to do it.
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';

test('the app opens on Events; the demo event reads as a task list with the status following the work', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await page.getByRole('button', { name: 'Create the demo event' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The audit, step by step' })).toBeVisible({ timeout: 60_000 });

  const tasks = page.getByRole('list').filter({ has: page.getByRole('link', { name: '2. Sample the cases' }) });
  const row = (name: string) => tasks.getByRole('listitem').filter({ hasText: name }).first();
  await expect(row('1. Plan the audit')).toContainText('7 agencies take part; the audit date is set.');
  await expect(row('1. Plan the audit')).toContainText('Completed');
  await expect(row('2. Sample the cases')).toContainText('30 cases sampled.');
  await expect(row('4. Audit the cases')).toContainText('Completed');
  await expect(row('6. Present at the scrutiny event')).toContainText('6 findings recorded.');
  await expect(row('7. Write and export the report')).toContainText('Export the Word report for the QA subgroup.');
  await expect(row('7. Write and export the report')).toContainText(/sections written; not exported yet./);
  await expect(row('7. Write and export the report')).toContainText('In progress');
  await expect(row('8. Act on the recommendations')).toContainText('In progress');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Reporting');
  await page.screenshot({ path: screenshotPath('event-task-list.png'), fullPage: true });

  await page.getByRole('link', { name: '3. Allocate cases to agencies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation' })).toBeVisible();

  // Once events exist the demo is still offered: as a link to the one already made.
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  await page.getByRole('link', { name: 'Open the fictional demo event' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The audit, step by step' })).toBeVisible();
});

test('a new event starts at planning, links its sampling step to the case import and moves to Auditing with the work', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fran Facilitator' });
  const event = await call<{ id: number }>('events.create', { name: 'Spring audit', frameworkKey: 'neglect-what-works', agencies: ['Fictional Police'] });
  await app.open(page, `#/events/${event.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Planning');
  const plan = page.getByRole('listitem').filter({ hasText: '1. Plan the audit' }).first();
  await expect(plan).toContainText('Set the audit date.');
  await expect(plan).toContainText('In progress');
  await expect(page.getByRole('listitem').filter({ hasText: '3. Allocate cases to agencies' }).first()).toContainText('Cannot start yet');
  await page.getByRole('link', { name: '2. Sample the cases' }).click();
  await expect(page).toHaveURL(new RegExp(`#/events/${event.id}/import$`));

  await call('cases.import', { eventId: event.id, fileName: 's.csv', data: Buffer.from('Child ID,DOB\nC-1,01/01/2015').toString('base64') });
  const detail = await call<{ agencies: { id: number }[] }>('events.get', { id: event.id });
  const cases = await call<{ id: number }[]>('cases.list', { eventId: event.id });
  const audit = await call<{ id: number }>('audits.start', { caseId: cases[0]!.id, agencyId: detail.agencies[0]!.id, auditor: 'Pat Example' });
  await call('audits.grade', { auditId: audit.id, criterionKey: 'drift', value: 2 });
  await app.open(page, '#/events');
  await expect(page.getByRole('row', { name: /Spring audit/ })).toContainText('Auditing');
});
