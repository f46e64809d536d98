// The event's agencies in Chromium against a real database: unticking one that has audits is
// refused with the audits named and focus on the message, and archiving it for the event instead
// keeps its audits in the figures; each change is confirmed first.
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';

test('removing an agency with audits is refused, naming them, and it can be archived for the event instead', async ({ app, page }) => {
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Fran Facilitator' });
  const event = await call<{ id: number }>('events.create', { name: 'Agencies audit', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Fictional Police', 'Fictional Health', 'Fictional School'] });
  await call('cases.import', { eventId: event.id, fileName: 's.csv', data: Buffer.from('Child ID,DOB\nC-1,01/01/2015\nC-2,01/01/2016').toString('base64') });
  const detail = await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: event.id });
  const police = detail.agencies.find((a) => a.name === 'Fictional Police')!;
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId: event.id });
  const audit = await call<{ id: number }>('audits.start', { caseId: cases[0]!.id, agencyId: police.id, auditor: 'Pat Example' });
  await call('audits.grade', { auditId: audit.id, criterionKey: 'drift', value: 2 });

  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await app.open(page, `#/events/${event.id}`);
  const policeBox = page.getByRole('checkbox', { name: /Fictional Police/ });
  await expect(policeBox).toBeChecked();
  await policeBox.click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Fictional Police cannot be removed from this event' });
  await expect(refusal).toContainText('1 audit (C-1 by Pat Example)');
  await expect(refusal).toBeFocused();
  await expect(policeBox).toBeChecked();
  expect(questions[0]).toMatch(/^Remove Fictional Police from this event\? The figures/);
  await page.screenshot({ path: screenshotPath('agency-removal-refused.png'), fullPage: true });

  await refusal.getByRole('button', { name: 'Archive Fictional Police for this event instead' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'archived' })).toContainText('Fictional Police is archived for this event; its audits stay in the figures.');
  expect(questions[1]).toMatch(/^Archive Fictional Police for this event\? Its audits stay in every figure/);
  await expect(page.getByText('Archived for this event', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore Fictional Police' })).toBeVisible();
  const summary = await call<{ sample: { grades: number } }>('analysis.summary', { eventId: event.id, suppressSmallNumbers: false });
  expect(summary.sample.grades).toBe(1);

  // An agency without audits goes, after the confirmation.
  await page.getByRole('checkbox', { name: /Fictional School/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText('Saved: 2 agencies take part.');
  await expect(page.getByRole('checkbox', { name: /Fictional School/ })).not.toBeChecked();
});
