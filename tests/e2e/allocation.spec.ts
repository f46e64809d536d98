// Allocation and "outstanding by agency" in Chromium against a real database: ticks saved at
// once, the board counting allocated audits only, overdue first, and the chaser copied.
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const sample = [
  'Child ID,DOB,Agencies involved',
  'C-2001,14/03/2015,Anyshire Police; Health',
  'C-2002,30/07/2019,Health',
  'C-2003,01/06/2013,Health; Early Help',
  'C-2004,01/06/2012,',
].join('\r\n');

test('the facilitator allocates cases, names auditors and a deadline, then chases what is outstanding', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fran Facilitator' });
  const event = await call<{ id: number }>('events.create', { name: 'Neglect audit, spring 2026', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Anyshire Police', 'Health', 'Early Help'] });
  await call('cases.import', { eventId: event.id, fileName: 'sample.csv', data: Buffer.from(sample).toString('base64') });

  await app.open(page, `#/events/${event.id}/allocation`);
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation' })).toBeVisible();
  const police = page.getByLabel('Anyshire Police audits C-2002');
  await expect(police).not.toBeChecked();
  await expect(page.getByLabel('Health audits C-2002')).toBeChecked();
  await expect(page.getByLabel('Early Help audits C-2004')).toBeChecked();
  // The tick follows the saved state, so click and wait for it (check() would race the save).
  await police.click();
  await expect(page.getByRole('status').filter({ hasText: 'C-2002: Anyshire Police allocated.' })).toBeVisible();
  await expect(police).toBeChecked();
  await page.getByRole('button', { name: 'None for Early Help' }).click();
  await expect(page.getByLabel('Early Help audits C-2003')).not.toBeChecked();
  await page.getByRole('button', { name: 'Defaults for Early Help' }).click();
  await expect(page.getByLabel('Early Help audits C-2003')).toBeChecked();

  await page.getByLabel('Return deadline').fill('2026-03-20');
  await page.getByLabel('Auditor for Anyshire Police').fill('Pat Police');
  await page.getByRole('button', { name: 'Save deadline and auditors' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('allocation.png'), fullPage: true });

  // Allocated: Police C-2001, C-2002, C-2004; Health all four; Early Help C-2003, C-2004 = 9.
  await app.open(page, `#/events/${event.id}/board`);
  await expect(page.getByLabel('Totals')).toContainText('No audit yet9');
  await expect(page.getByText('Not allocated')).toHaveCount(3);

  await page.getByRole('link', { name: 'Outstanding by agency' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outstanding by agency' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Audits outstanding by agency' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Health');
  await expect(rows.nth(1)).toContainText('Overdue');
  const chaser = page.getByLabel('Chaser text for Anyshire Police');
  await expect(chaser).toHaveValue(/Dear Pat Police,/);
  await expect(chaser).toHaveValue(/C-2001, C-2002, C-2004\./);
  await expect(chaser).not.toHaveValue(/C-2003/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await page.getByRole('button', { name: 'Copy chaser for Anyshire Police' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The chaser for Anyshire Police was copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dear Pat Police,');
  await page.screenshot({ path: screenshotPath('outstanding-by-agency.png'), fullPage: true });
});
