// The trail in Chromium against a real database: a grade chosen with the arrow keys and evidence
// typed into the workspace leave one entry each; the window title never carries the case
// reference (case, audit, moderation and case-trail pages), while the headings do; a facilitator
// redacts a child's name from the trail with a reason, and a trail CSV exported afterwards holds
// no trace of it.
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const reference = 'WT-7301';
const name = 'Robin Example';

test('decisions, not keystrokes; no case reference in the window title; a redaction with a reason', async ({ app, page }) => {
  test.setTimeout(90_000);
  const api = apiFor(app, page.request);
  await api('settings.update', { userName: 'Sam Facilitator' });
  const { id: eventId } = await api<{ id: number }>('events.create', { name: 'Neglect audit, spring 2026', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Police'] });
  await api('cases.import', { eventId, fileName: 'sample.csv', data: Buffer.from(`Child ID,DOB\n${reference},01/01/2016`).toString('base64') });
  const [theCase] = await api<{ id: number }[]>('cases.list', { eventId });
  const agencyId = (await api<{ agencies: { id: number }[] }>('events.get', { id: eventId })).agencies[0]!.id;
  const { id: auditId } = await api<{ id: number }>('audits.start', { caseId: theCase!.id, agencyId, auditor: 'P. Auditor' });
  const titleHasNoReference = async (heading: RegExp) => {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
    expect(await page.title()).toMatch(/ – Scrutineer$/);
    expect(await page.title()).not.toContain(reference);
  };

  await app.open(page, `#/events/${eventId}/cases/${theCase!.id}`);
  await titleHasNoReference(/^Case /);

  // The workspace: Outstanding, then two steps along with the arrow keys; evidence typed in bursts.
  await app.open(page, `#/events/${eventId}/audits/${auditId}`);
  await titleHasNoReference(/Audit of/);
  await page.getByRole('radio', { name: 'Outstanding (4)' }).check();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Requires improvement (2)' })).toBeChecked();
  const evidence = page.getByLabel('Evidence', { exact: true });
  for (const burst of ['Seen at home ', `with ${name}, `, 'who was hungry.']) {
    await evidence.pressSequentially(burst, { delay: 10 });
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  }
  // Another field, then back to take the name out: two editing sessions of the evidence.
  await page.getByLabel(/Why this judgement/).pressSequentially('Hungry at two visits.', { delay: 10 });
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await evidence.fill('Seen at home with the child, who was hungry.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await app.open(page, `#/events/${eventId}/cases/${theCase!.id}/moderation`);
  await titleHasNoReference(/Moderation: case/);
  await app.open(page, `#/events/${eventId}/cases/${theCase!.id}/trail`);
  await titleHasNoReference(/Audit trail: case/);

  // One entry for the grade (the value that stayed), one for each editing session of the evidence.
  await app.open(page, `#/events/${eventId}/trail`);
  const rows = page.locator('.trail-table tbody tr');
  await expect(rows.filter({ hasText: 'Agency grade: grade' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Agency grade: grade' })).toContainText('Requires improvement (2)');
  const evidenceRows = rows.filter({ hasText: 'Agency grade: evidence' });
  await expect(evidenceRows).toHaveCount(2);
  await expect(evidenceRows.nth(0)).toContainText(`Seen at home with ${name}, who was hungry.`);
  await expect(evidenceRows.nth(1)).toContainText('Seen at home with the child, who was hungry.');
  await expect(rows.filter({ hasText: 'Agency grade: why this judgement' })).toHaveCount(1);

  // Redaction: the text, how many entries hold it, a reason; then nothing of it in the trail or a new CSV.
  const before = await api<{ oldValue: string | null; newValue: string | null }[]>('trail.list', { eventId });
  const holding = before.filter((e) => `${e.oldValue}${e.newValue}`.includes(name)).length;
  await page.getByText('Redact a text from the trail').click();
  await page.getByLabel('Text to redact').fill('robin example');
  await expect(page.getByText(`${holding} ${holding === 1 ? 'entry' : 'entries'} of this trail ${holding === 1 ? 'holds' : 'hold'} this text.`)).toBeVisible();
  await page.getByRole('button', { name: 'Redact…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redact from the trail' });
  await expect(dialog.getByLabel('Reason for the redaction')).toBeFocused();
  await dialog.getByLabel('Reason for the redaction').fill('A child’s name typed into the evidence.');
  await page.screenshot({ path: screenshotPath('trail-redaction.png') });
  await dialog.getByRole('button', { name: 'Redact' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Redacted ${holding}` })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.trail-table')).not.toContainText(name);
  await expect(rows.filter({ hasText: 'Audit trail: a text redacted' })).toContainText('A child’s name typed into the evidence.');
  await expect(rows.filter({ hasText: 'Audit trail: a text redacted' })).toContainText('Sam Facilitator');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('[redacted]');
  expect(csv.toLowerCase()).not.toContain(name.toLowerCase());
});
