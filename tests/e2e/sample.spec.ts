// The Sample step in Chromium against a real database: the fictional cohort of 400 goes through
// the column and value mapping, a stratified draw is previewed (nothing stored), drawn, and its
// profile against the cohort shown with small counts withheld; a case is replaced with a reason.
// The level-of-need table is worked by hand (tests/unit/sample/report-section.test.ts): 30 by
// largest remainder over 60, 111, 112 and 117 children gives 5, 8, 8 and 9.
import { readFileSync } from 'node:fs';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';
import { expect, test } from '../support/web-app';

const cohort = readFileSync('tests/fixtures/sample/cohort-400.csv');

test('draws a stratified sample from a cohort file and shows its profile against the cohort', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  await api('settings.update', { userName: 'Fictional Facilitator' });
  const { id } = await api<{ id: number }>('events.create', { name: 'Sampled audit', frameworkKey: 'neglect-what-works', auditDate: '2024-06-01', agencies: [] });
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.open(page, `#/events/${id}`);
  await page.getByRole('link', { name: 'Choose the sample…' }).click();
  await expect(page.getByRole('heading', { name: 'Choose the cohort file' })).toBeVisible();
  await page.getByLabel('Cohort file to draw from').setInputFiles({ name: 'cohort-400.csv', mimeType: 'text/csv', buffer: cohort });

  await expect(page.getByRole('heading', { name: 'Map columns' })).toBeVisible();
  await expect(page.getByText('400 rows, 13 columns')).toBeVisible();
  await expect(page.getByLabel('Field for column Child Name')).toHaveValue('');
  await page.getByRole('button', { name: 'Next: map values' }).click();
  await expect(page.getByRole('table', { name: /Values of Level of need/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next: method and draw' }).click();

  await page.getByLabel('Sample size').fill('30');
  await page.getByRole('checkbox', { name: 'Level of need' }).check();
  await page.getByLabel('Reserve cases per stratum').fill('1');
  await page.getByLabel('Seed').fill('4242');
  await page.getByRole('button', { name: 'Preview the draw' }).click();
  await expect(page.getByRole('heading', { name: 'Preview: nothing stored yet' })).toBeVisible();
  expect(await api<unknown[]>('cases.list', { eventId: id })).toHaveLength(0);

  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await expect(page.getByText(/^30 cases drawn on .* by Fictional Facilitator\./)).toBeVisible();
  expect(await api<unknown[]>('cases.list', { eventId: id })).toHaveLength(30);
  await expect(page.getByText('Stratified by level of need, proportional allocation (largest remainder)')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^4242$/ })).toBeVisible();

  const levels = page.getByRole('table', { name: /^Level of need/ });
  const row = (label: string) => levels.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row('Early help').getByRole('cell')).toHaveText(['5', '17%', '60', '15%']);
  await expect(row('Child looked after').getByRole('cell')).toHaveText(['9', '30%', '117', '29%']);
  await expect(page.getByText(/^The sample was stratified by level of need, so its level of need profile follows the cohort's by design/)).toBeVisible();
  // 30 cases over many groups: some sample counts are below 5 and withheld.
  await expect(page.getByRole('cell', { name: 'withheld' }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('sample-step.png'), fullPage: true });
  await page.getByRole('region', { name: 'Is the sample like the cohort?' }).screenshot({ path: screenshotPath('sample-profile-table.png') });

  const first = (await page.getByRole('table', { name: 'The sampled cases in draw order' }).getByRole('rowheader').first().textContent())!;
  await page.getByRole('button', { name: `Replace ${first}` }).click();
  await page.getByLabel('Why is the case unsuitable?').fill('Moved out of the area before the review window');
  await page.getByRole('button', { name: 'Replace from the reserves' }).click();
  await expect(page.getByText(new RegExp(`^${first} was replaced by C-\\d{6}, the next reserve of`))).toBeVisible();
  await expect(page.getByText(new RegExp(`^${first} replaced by C-\\d{6} \\(.+\\), by .*: Moved out of the area before the review window$`))).toBeVisible();
  await page.screenshot({ path: screenshotPath('sample-profile.png'), fullPage: true });
});
