// Creating an event and importing its sample through the mapping screen, in Chromium against a
// real database: the suggested mapping, an unmapped column left out, the validation report,
// valid-only import, and the cases listed.
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/web-app';

const sample = [
  'Child ID,Child Name,DOB,Gender,Ethnicity,Legal Status,Category of Plan,Social Worker',
  'C-2001,Test Child Alpha,12/03/2015,F,WBRI - White British,CP,Neglect,Worker Omega',
  'C-2002,Test Child Beta,2020-01-05,Male,ABAN,CIN,Emotional; Physical,Worker Omega',
  'C-2003,Test Child Gamma,44927,M,White British,LAC,,Worker Omega',
].join('\r\n');

async function createEvent(page: import('@playwright/test').Page, app: { open: (p: import('@playwright/test').Page, h?: string) => Promise<void> }) {
  await app.open(page, '#/events');
  await page.getByRole('link', { name: 'New event' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Neglect audit, spring 2026');
  await page.getByLabel('Audit date').fill('2026-03-01');
  await page.getByLabel('New agency name').fill('Anyshire Police');
  await page.getByRole('button', { name: 'Add agency' }).click();
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neglect audit, spring 2026' })).toBeVisible();
  await expect(page.getByText('OFFICIAL-SENSITIVE').first()).toBeVisible();
}

test('imports a CSV through the mapping screen and lists the cases', async ({ app, page }) => {
  await createEvent(page, app);
  await page.getByRole('link', { name: 'Import cases…' }).click();
  await page.getByLabel('Case file to import').setInputFiles({ name: 'sample.csv', mimeType: 'text/csv', buffer: Buffer.from(sample) });

  // The suggested mapping: known headers mapped, staff and names not imported.
  await expect(page.getByLabel('Field for column Child ID')).toHaveValue('reference');
  await expect(page.getByLabel('Field for column DOB')).toHaveValue('dateOfBirth');
  await expect(page.getByLabel('Field for column Social Worker')).toHaveValue('');
  await expect(page.getByLabel('Field for column Child Name')).toHaveValue('');
  await page.getByLabel('Field for column Gender').selectOption({ label: 'Do not import' });
  await page.getByRole('button', { name: 'Next: map values' }).click();
  await expect(page.getByRole('heading', { name: 'Map values' })).toBeFocused();
  await page.getByRole('button', { name: 'Next: check and import' }).click();
  await expect(page.getByRole('heading', { name: 'Check and import' })).toBeFocused();

  await expect(page.getByRole('heading', { name: 'Validation report' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 cases' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 new cases' })).toBeVisible();
  await page.getByRole('link', { name: /Back to the event/ }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Showing 3 of 3 cases' })).toBeVisible();
  for (const ref of ['C-2001', 'C-2002', 'C-2003']) await expect(page.getByRole('link', { name: ref })).toBeVisible();
  await page.getByLabel('Filter cases').fill('C-2002');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 3 cases' })).toBeVisible();

  // Gender was left unmapped, so no sex was stored; the names never reached the database.
  const token = new URL(app.url).searchParams.get('token')!;
  const listed = await page.request.post(new URL(app.url).origin + '/api/call', { headers: { 'x-scrutineer-token': token }, data: { name: 'cases.list', input: { eventId: 1 } } });
  const cases = ((await listed.json()) as { value: { reference: string; sex: string | null; levelOfNeed: string }[] }).value;
  expect(cases.map((c) => [c.reference, c.sex, c.levelOfNeed])).toEqual([
    ['C-2001', null, 'child-protection'],
    ['C-2002', null, 'child-in-need'],
    ['C-2003', null, 'child-looked-after'],
  ]);
  expect(readFileSync(app.databasePath).toString('latin1')).not.toContain('Test Child Alpha');
});

test('a file with bad rows shows the validation report and imports only valid rows when asked', async ({ app, page }) => {
  await createEvent(page, app);
  await page.getByRole('link', { name: 'Import cases…' }).click();
  await page.getByLabel('Case file to import').setInputFiles('tests/fixtures/cases/bad-rows.csv');
  await page.getByRole('button', { name: 'Next: map values' }).click();
  await page.getByRole('button', { name: 'Next: check and import' }).click();
  const report = page.getByRole('table').filter({ hasText: 'Problem' });
  await expect(report).toContainText('Case reference is required.');
  await expect(report).toContainText('31/02/2020');
  const importButton = page.getByRole('button', { name: /^Import \d+ cases?$/ });
  await expect(importButton).toBeDisabled();
  await page.getByLabel(/Import only the valid rows/).check();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: /skipped \d+/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cases imported' })).toBeFocused();
});
