// The value-mapping step in Chromium against a real database: a file whose neglect types are not
// all recognised goes through the step, each distinct value with its count; the user's choices
// are what is stored, and the check says how many values were mapped, kept as other or left
// empty. A PDF renamed .csv is refused, and name-like case references warn before import.
import { readFileSync } from 'node:fs';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';
import { expect, test } from '../support/web-app';

// Counted by hand: Neglect ×3, Emotional Abuse ×2, Physical ×2, Spiritual ×1, Emotional ×1.
const file = [
  'Child ID,Gender,Legal Status,Category of Plan,Agencies Involved',
  'C-1,F,CP,"Neglect; Emotional Abuse",Police',
  'C-2,M,CIN,Physical,Anyshire Police; School nurse',
  'C-3,F,CP,"Neglect, Spiritual",',
  'C-4,F,CP,Emotional Abuse; Physical,Police',
  'C-5,M,Child Protection,Neglect|Emotional,School nurse',
].join('\r\n');

test('unrecognised neglect types go through value mapping and the check reports what was mapped', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { id } = await api<{ id: number }>('events.create', { name: 'Values audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Anyshire Police', 'School Nurse'] });
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(page, `#/events/${id}/import`);
  await page.getByLabel('Case file to import').setInputFiles({ name: 'cp-export.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: '5 rows read' })).toHaveText('5 rows read: 5 new, 0 updated, 0 unchanged, no row refused. 4 columns have values to map next.');
  await page.getByRole('button', { name: 'Next: map values' }).click();
  await expect(page.getByRole('heading', { name: 'Map values' })).toBeFocused();

  const neglect = page.getByRole('table', { name: /Values of Neglect types/ });
  const rowOf = (table: typeof neglect, value: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${value}`) }) });
  await expect(rowOf(neglect, 'Neglect')).toContainText('3');
  await expect(rowOf(neglect, 'Emotional Abuse')).toContainText('2');
  await expect(rowOf(neglect, 'Emotional Abuse')).toContainText('a category of abuse, not a type of neglect');
  await expect(rowOf(neglect, 'Spiritual')).toContainText('Not recognised');
  await expect(page.getByLabel('Spiritual', { exact: true })).toHaveValue('other');
  await expect(page.getByLabel('Neglect', { exact: true })).toHaveValue('value:unspecified');
  await expect(page.getByLabel('Emotional Abuse', { exact: true })).toHaveValue('empty');
  const agencies = page.getByRole('table', { name: /Values of Agencies involved/ });
  await expect(rowOf(agencies, 'Police')).toContainText('Not recognised');
  await expect(page.getByLabel('School nurse', { exact: true })).toHaveValue('value:School Nurse');

  // The user's choices: "Neglect" here means physical neglect; "Police" is the event's police.
  await page.getByLabel('Neglect', { exact: true }).selectOption({ label: 'Physical' });
  await page.getByLabel('Police', { exact: true }).selectOption({ label: 'Anyshire Police' });
  await expect(page.getByRole('button', { name: 'Next: check and import' })).toBeEnabled();
  await page.screenshot({ path: screenshotPath('case-import-values.png'), fullPage: true });

  await page.getByRole('button', { name: 'Next: check and import' }).click();
  await expect(page.getByRole('heading', { name: 'Check and import' })).toBeFocused();
  const values = page.getByRole('region', { name: 'Values', exact: true });
  // Neglect types: Neglect 3 + Physical 2 + Emotional 1 mapped; Spiritual kept; Emotional Abuse ×2 left empty.
  await expect(values).toContainText('Neglect types (column “Category of Plan”): 6 values mapped, 1 kept as other (“Spiritual”), 2 left empty (“Emotional Abuse”).');
  await expect(values).toContainText('Agencies involved (column “Agencies Involved”): 5 values mapped.');
  await expect(page.getByText('Every row is valid')).toHaveCount(0);
  await expect(page.getByText('No row is refused: every row can be imported.')).toBeVisible();
  await page.screenshot({ path: screenshotPath('case-import-check.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import 5 cases' }).click();
  await expect(page.getByRole('heading', { name: 'Cases imported' })).toBeFocused();

  const cases = await api<{ reference: string; neglectTypes: string[]; agencies: string[] }[]>('cases.list', { eventId: id });
  expect(cases.map((c) => [c.reference, c.neglectTypes, c.agencies])).toEqual([
    ['C-1', ['physical'], ['Anyshire Police']],
    ['C-2', ['physical'], ['Anyshire Police', 'School Nurse']],
    ['C-3', ['physical', 'Spiritual'], []],
    ['C-4', ['physical'], ['Anyshire Police']],
    ['C-5', ['physical', 'emotional'], ['School Nurse']],
  ]);
});

test('a PDF renamed .csv is refused as not a CSV, and name-like references warn before import', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { id } = await api<{ id: number }>('events.create', { name: 'Refusals audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01' });
  await app.open(page, `#/events/${id}/import`);
  await page.getByLabel('Case file to import').setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/cases/sample-list.pdf') });
  await expect(page.getByRole('alert')).toContainText('This is not a CSV or XLSX file: it is a PDF document named .csv.');
  await expect(page.getByRole('heading', { name: 'Map columns' })).toHaveCount(0);

  const names = 'Child,Gender\nJane Example,F\nTom Sample,M\nC-1003,M\n';
  await page.getByLabel('Case file to import').setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(names) });
  await page.getByLabel('Field for column Child').selectOption({ label: 'Case reference' });
  await expect(page.getByRole('alert').filter({ hasText: 'like a person’s name' })).toContainText('2 of 3 case references look like a person’s name');
  await expect(page.getByRole('alert').filter({ hasText: 'like a person’s name' })).toContainText('rows 1, 2');
});
