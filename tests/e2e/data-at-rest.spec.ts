// Settings → "Your data" and "Retention and deletion" in the real renderer against a real
// encrypted database: where the data is and that it is encrypted, Back up now then restore, each
// event's retention date, purging identifiers, and deleting an event only after its name is typed.
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';

test('Settings show where the data is and its encryption; back up, change, restore', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fictional Facilitator' });
  await call('events.create', { name: 'Kept event', frameworkKey: 'neglect-quick-check', auditDate: '2026-03-01' });
  await app.open(page, '#/settings');
  const data = page.getByRole('region', { name: 'Your data' });
  await expect(data.getByText(app.databasePath)).toBeVisible();
  await expect(data.getByText('SQLCipher 4 (AES-256, HMAC-SHA512 per page)')).toBeVisible();
  await expect(data.getByText('None yet')).toBeVisible();

  await data.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up to / })).toBeVisible();
  await expect(data.getByRole('row').filter({ hasText: 'Back up now' })).toHaveCount(1);

  // A change after the backup, then the restore brings the backup's state back.
  await call('events.create', { name: 'Made after the backup', frameworkKey: 'neglect-quick-check' });
  await data.getByRole('button', { name: /^Restore the backup made / }).click();
  await page.screenshot({ path: screenshotPath('settings-data.png'), fullPage: true });
  await data.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored\. The database as it was is kept in / })).toBeVisible();
  const events = await call<{ name: string }[]>('events.list', {});
  expect(events.map((e) => e.name)).toEqual(['Kept event']);
});

test('retention dates, purging identifiers, and deleting an event after typing its name', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fictional Facilitator' });
  const old = await call<{ id: number }>('events.create', { name: 'Autumn 2024 audit', frameworkKey: 'neglect-quick-check', auditDate: '2024-10-01' });
  await call('cases.import', { eventId: old.id, fileName: 'c.csv', data: Buffer.from('Child ID,DOB\nC-900001,01/02/2015\nC-900002,03/04/2018\n').toString('base64') });
  await call('events.create', { name: 'Spring 2026 audit', frameworkKey: 'neglect-quick-check', auditDate: '2026-04-01' });
  // On start the events past their date are listed, with the way to Settings.
  await app.open(page, '#/events');
  const notice = page.getByRole('region', { name: 'An event is past its retention date' });
  await expect(notice.getByRole('listitem')).toHaveText(['Autumn 2024 audit: kept until 1 October 2025']);
  await notice.getByRole('link', { name: 'Review in Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  const retention = page.getByRole('region', { name: 'Retention and deletion' });
  const oldRow = retention.getByRole('row').filter({ hasText: 'Autumn 2024 audit' });
  await expect(oldRow).toContainText('1 October 2025');
  await expect(oldRow).toContainText('Past its date');
  await expect(retention.getByRole('row').filter({ hasText: 'Spring 2026 audit' })).toContainText('1 April 2027');
  await expect(retention.getByText('1 event(s) past their retention date')).toBeVisible();

  await oldRow.getByRole('button', { name: 'Purge identifiers…' }).click();
  await retention.getByRole('checkbox', { name: 'case notes' }).check();
  await page.screenshot({ path: screenshotPath('settings-retention.png'), fullPage: true });
  await retention.getByRole('button', { name: 'Purge identifiers', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Purged Autumn 2024 audit: 2 case references, 2 dates of birth, 0 documents' })).toBeVisible();
  const cases = await call<{ reference: string; dateOfBirth: string | null }[]>('cases.list', { eventId: old.id });
  expect(cases.map((c) => [c.reference, c.dateOfBirth]).toSorted()).toEqual([['Case 1', null], ['Case 2', null]]);

  await oldRow.getByRole('button', { name: 'Delete event…' }).click();
  const confirm = retention.getByRole('button', { name: 'Delete this event' });
  await expect(confirm).toBeDisabled();
  await retention.getByLabel("Type the event's name to confirm").fill('Autumn 2024');
  await expect(confirm).toBeDisabled();
  await retention.getByLabel("Type the event's name to confirm").fill('Autumn 2024 audit');
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted Autumn 2024 audit' })).toBeVisible();
  await expect(retention.getByRole('row').filter({ hasText: 'Autumn 2024 audit' })).toHaveCount(0);
});

test('a case is deleted from its page after typing its reference', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fictional Facilitator' });
  const event = await call<{ id: number }>('events.create', { name: 'Deletion event', frameworkKey: 'neglect-quick-check' });
  await call('cases.import', { eventId: event.id, fileName: 'c.csv', data: Buffer.from('Child ID\nC-910001\nC-910002\n').toString('base64') });
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId: event.id });
  const doomed = cases.find((c) => c.reference === 'C-910001')!;
  await app.open(page, `#/events/${event.id}/cases/${doomed.id}`);
  const panel = page.getByRole('region', { name: 'Delete this case' });
  await panel.getByRole('button', { name: 'Delete case…' }).click();
  const confirm = panel.getByRole('button', { name: 'Delete this case' });
  await expect(confirm).toBeDisabled();
  await panel.getByLabel('Type the case reference to confirm').fill('C-910002');
  await expect(confirm).toBeDisabled();
  await panel.getByLabel('Type the case reference to confirm').fill('C-910001');
  await confirm.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deletion event' })).toBeVisible();
  expect((await call<{ reference: string }[]>('cases.list', { eventId: event.id })).map((c) => c.reference)).toEqual(['C-910002']);
  const trail = await call<{ entity: string; field: string; newValue: string | null }[]>('trail.list', { eventId: event.id });
  expect(trail.filter((e) => e.entity === 'case' && e.field === 'deleted').map((e) => JSON.parse(e.newValue!) as { cases: number })).toMatchObject([{ cases: 1 }]);
});
