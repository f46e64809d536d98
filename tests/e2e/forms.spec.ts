// Forms in Chromium: an error moves focus to the summary and names the field by its label; the
// New event form survives a reload; a long text shows its limit before it bites and says when a
// paste was cut.
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';

test('the empty-name error is focused and reads "Name is required"; the New event form keeps its draft across a reload', async ({ app, page }) => {
  await app.open(page, '#/events/new');
  await page.getByLabel('Theme').fill('Neglect of teenagers');
  await page.getByLabel('Audit date').fill('2026-05-01');
  await page.getByRole('button', { name: 'Create event' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Name is required');
  await expect(summary).not.toContainText('name is required');
  await expect(page.locator('.field-error')).toHaveText('Name is required');
  await summary.getByRole('link', { name: 'Name is required' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();

  await page.getByLabel('Name', { exact: true }).fill('Teenagers audit');
  await page.getByLabel('New agency name').fill('Fictional Youth Service');
  await page.getByRole('button', { name: 'Add agency' }).click();
  await expect(page.getByRole('checkbox', { name: /Fictional Youth Service/ })).toBeChecked();
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Teenagers audit');
  await expect(page.getByLabel('Theme')).toHaveValue('Neglect of teenagers');
  await expect(page.getByLabel('Audit date')).toHaveValue('2026-05-01');
  await expect(page.getByRole('checkbox', { name: /Fictional Youth Service/ })).toBeChecked();
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Teenagers audit');

  // Sent: the next New event form starts empty.
  await app.open(page, '#/events/new');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
});

test('evidence shows how many characters are left before the 20,000 limit, and says when a paste was cut', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fran Facilitator' });
  const event = await call<{ id: number }>('events.create', { name: 'Limits audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Fictional Police'] });
  await call('cases.import', { eventId: event.id, fileName: 's.csv', data: Buffer.from('Child ID,DOB\nC-1,01/01/2015').toString('base64') });
  const detail = await call<{ agencies: { id: number }[] }>('events.get', { id: event.id });
  const cases = await call<{ id: number }[]>('cases.list', { eventId: event.id });
  const audit = await call<{ id: number }>('audits.start', { caseId: cases[0]!.id, agencyId: detail.agencies[0]!.id, auditor: 'Pat Example' });
  await app.open(page, `#/events/${event.id}/audits/${audit.id}`);
  const evidence = page.getByRole('textbox', { name: /^Evidence/ }).first();
  await evidence.fill('x'.repeat(100));
  await expect(page.getByText(/characters left of 20,000/)).toHaveCount(0);
  await evidence.fill('x'.repeat(16_000));
  await expect(page.getByText('You have 4,000 characters left of 20,000.')).toBeVisible();

  await evidence.fill('');
  await evidence.focus();
  await page.evaluate((text) => {
    const box = document.activeElement as HTMLTextAreaElement;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, 'y'.repeat(25_000));
  await expect(page.getByText('The pasted text was too long: 5,000 characters were left out. The limit is 20,000 characters.')).toBeVisible();
});
