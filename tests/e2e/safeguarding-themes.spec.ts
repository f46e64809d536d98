// Who did it, safeguarding escalation and theme coding in Chromium against a real database, at
// 1366 × 768: an audit scored on the facilitator's machine "as" another auditor shows that auditor
// in the trail; an escalation raised in the audit appears in the event's log and as a count (and
// no details) in the Word report; themes ticked in audits and on a finding are tallied on the
// dashboard and in the report.
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { readDocx } from '../support/read-back';
import { screenshotPath } from '../support/screenshots';

test.use({ viewport: { width: 1366, height: 768 } });

async function seed(api: Api) {
  await api('settings.update', { userName: 'Sam Facilitator' });
  const { id: eventId } = await api<{ id: number }>('events.create', { name: 'Neglect audit, winter 2026', frameworkKey: 'neglect-what-works', auditDate: '2026-12-01', agencies: ['Police', 'Health'] });
  const event = await api<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId });
  const agencyId = (name: string) => event.agencies.find((a) => a.name === name)!.id;
  await api('cases.import', { eventId, fileName: 'c.csv', data: Buffer.from('Child ID\nW-1\nW-2').toString('base64') });
  const cases = await api<{ id: number; reference: string }[]>('cases.list', { eventId });
  const caseOf = (ref: string) => cases.find((c) => c.reference === ref)!.id;
  const police = (await api<{ id: number }>('audits.start', { caseId: caseOf('W-1'), agencyId: agencyId('Police'), auditor: 'Pat Officer' })).id;
  const health = (await api<{ id: number }>('audits.start', { caseId: caseOf('W-2'), agencyId: agencyId('Health'), auditor: 'Hana Visitor' })).id;
  return { eventId, police, health, w1: caseOf('W-1') };
}

interface TrailJson {
  entity: string;
  actor: string;
  field: string;
  note: string;
  oldValue: string | null;
  newValue: string | null;
}

test('scoring as another auditor, raising an escalation from the audit, and the log and report', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, police } = await seed(api);

  // The workspace names who is scoring: the audit's auditor, not the Settings name.
  await app.open(page, `#/events/${eventId}/audits/${police}`);
  await expect(page.getByText('Scoring as: Pat Officer')).toBeVisible();
  await page.keyboard.press('3');
  await expect.poll(async () => (await api<TrailJson[]>('trail.list', { eventId })).filter((e) => e.entity === 'grade').map((e) => e.actor)).toEqual(['Pat Officer']);

  // Change it, with a reason: the facilitator types in Robin's scores.
  await page.getByRole('button', { name: 'Change who is scoring' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change who is scoring' });
  await dialog.getByLabel('Name to score as').fill('Robin Deputy');
  await dialog.getByRole('button', { name: 'Score as this person' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give a reason for changing who is scoring.');
  await dialog.getByLabel('Reason for the change').fill('Robin scored on paper; Sam enters it.');
  await dialog.getByRole('button', { name: 'Score as this person' }).click();
  await expect(page.getByText('Scoring as: Robin Deputy')).toBeVisible();
  await page.locator('#aw-item-heading').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await expect.poll(async () => (await api<TrailJson[]>('trail.list', { eventId })).filter((e) => e.entity === 'grade').map((e) => e.actor)).toEqual(['Pat Officer', 'Robin Deputy']);

  // The trail page shows Robin for the second grade, and Sam for the change of name with its reason.
  await app.open(page, `#/events/${eventId}/trail`);
  await expect(page.getByRole('row').filter({ hasText: 'Requires improvement (2)' })).toContainText('Robin Deputy');
  const change = page.getByRole('row').filter({ hasText: 'Robin scored on paper' });
  await expect(change).toContainText('Sam Facilitator');
  await expect(change).toContainText('Pat Officer');

  // "This child may be at risk now", raised from the audit.
  await app.open(page, `#/events/${eventId}/audits/${police}`);
  await page.getByRole('button', { name: 'This child may be at risk now' }).click();
  const raise = page.getByRole('dialog', { name: /This child may be at risk now: case W-1/ });
  await expect(raise.getByLabel('Raised by')).toHaveValue('Robin Deputy');
  await raise.getByLabel('What you saw (optional)').fill('Bruising noted by school last week; no strategy discussion recorded.');
  await raise.getByLabel('Who was told').fill('MASH duty manager (fictional)');
  await raise.getByLabel('When they were told').fill('2026-12-02T10:15');
  await raise.getByRole('button', { name: 'Record the escalation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Escalation recorded: Robin Deputy told MASH duty manager (fictional).' })).toBeVisible();

  // The event page says so prominently; the log lists it, awaiting an outcome.
  await app.open(page, `#/events/${eventId}`);
  await expect(page.getByText('1 safeguarding escalation raised in this event; 1 awaiting an outcome')).toBeVisible();
  await page.getByRole('link', { name: 'Open the escalation log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safeguarding escalations' })).toBeVisible();
  const row = page.getByRole('region', { name: 'Escalation log' }).getByRole('row').nth(1);
  await expect(row).toContainText('W-1');
  await expect(row).toContainText('Police audit');
  await expect(row).toContainText('Robin Deputy');
  await expect(row).toContainText('MASH duty manager (fictional)2026-12-02 at 10:15');
  await expect(row).toContainText('Awaiting outcome');
  await page.screenshot({ path: screenshotPath('escalation-log.png') });
  await row.getByLabel('Outcome for case W-1').fill('Strategy discussion held the same day.');
  await row.getByRole('button', { name: 'Save outcome for case W-1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Outcome recorded for case W-1.' })).toBeVisible();
  await expect(page.getByText('1 raised; every one has an outcome recorded.')).toBeVisible();

  // The report counts it and gives none of the details.
  await app.open(page, `#/events/${eventId}/report`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export report (Word)…' }).click()]);
  const report = readDocx(await download.path());
  expect(report.headings.map((h) => h.text)).toContain('Safeguarding escalations');
  expect(report.paragraphs).toContain(
    'During the audit, 1 safeguarding escalation was raised about 1 child who may have been at risk at the time, and passed on under safeguarding procedures.',
  );
  expect(report.paragraphs).toContain('Every escalation has an outcome recorded.');
  for (const detail of ['MASH duty manager', 'Bruising', 'Robin Deputy', 'Strategy discussion held']) expect(report.text).not.toContain(detail);
});

test('themes: the framework’s list, ticks in audits and on a finding, the tally on the dashboard', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, police, health } = await seed(api);

  // The framework keeps an editable list, with shipped examples.
  await app.open(page, '#/frameworks/neglect-what-works');
  const themes = page.getByRole('region', { name: 'Themes' });
  await expect(themes.getByRole('textbox', { name: 'Theme name' }).first()).toBeVisible();
  await themes.getByLabel('New theme').fill('Poor home conditions');
  await themes.getByRole('button', { name: 'Add theme' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Poor home conditions”.' })).toBeVisible();

  // Ticked in both audits' overall step.
  for (const [auditId, labels] of [
    [police, ['Father or partner not engaged', 'Child not seen alone']],
    [health, ['Father or partner not engaged', 'Poor home conditions']],
  ] as const) {
    await app.open(page, `#/events/${eventId}/audits/${auditId}`);
    await page.getByRole('button', { name: /Overall/ }).first().click();
    const group = page.getByRole('group', { name: 'Themes in this case' });
    for (const label of labels) {
      await group.getByLabel(label).check();
      await expect.poll(async () => (await api<{ tagged: number[] }>('themes.ofAudit', { auditId })).tagged.length).toBe((labels as readonly string[]).indexOf(label) + 1);
    }
  }

  // A finding tagged on the findings page.
  await app.open(page, `#/events/${eventId}/findings`);
  const form = page.getByRole('region', { name: 'Add a finding' });
  await form.getByLabel('Text', { exact: true }).fill('Interpreters were not booked for home visits.');
  await form.getByRole('group', { name: 'Themes' }).getByLabel('Interpreter not used').check();
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the finding' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Interpreter not used');

  // The dashboard's tally: a theme on fewer than 5 cases has its case and audit counts withheld
  // until the facilitator turns suppression off; then most cases first.
  await app.open(page, `#/events/${eventId}/dashboard`);
  const tally = page.getByRole('region', { name: 'Tally by theme' });
  await expect(tally.getByRole('row')).toHaveCount(5);
  await expect(tally.getByRole('row').filter({ hasText: 'Father or partner not engaged' })).toHaveText(/Father or partner not engaged\s*fewer than 5\s*withheld\s*0/);
  await expect(tally.getByRole('row').filter({ hasText: 'Interpreter not used' })).toHaveText(/Interpreter not used\s*0\s*0\s*1/);
  await page.getByLabel(/Suppress groups under/).uncheck();
  await expect(tally.getByRole('row').nth(1)).toHaveText(/Father or partner not engaged\s*2\s*2\s*0/);
  await tally.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('theme-tally.png') });
});
