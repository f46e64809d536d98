// Moderation, the audit trail and findings in Chromium against a real database: two agencies
// grade a case (one criterion two levels apart), the facilitator agrees a grade with its
// rationale, the agencies' own grades stay as recorded, the trail shows every change with old and
// new values, and a finding is linked to the criterion and cleared as a quote.
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const childFocus = 'Relentless focus on the child; lived experience and voice';
const earlyHelp = 'Early identification and use of tools';

interface Seeded {
  eventId: number;
  caseId: number;
  police: number;
  health: number;
}

/** An event with Police and Health, two cases, and both agencies' audits of the first case. */
async function seed(api: Api): Promise<Seeded> {
  await api('settings.update', { userName: 'Sam Facilitator' });
  const { id: eventId } = await api<{ id: number }>('events.create', {
    name: 'Neglect audit, spring 2026',
    frameworkKey: 'neglect-what-works',
    auditDate: '2026-03-01',
    agencies: ['Police', 'Health'],
  });
  const event = await api<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId });
  const agencyId = (name: string) => event.agencies.find((a) => a.name === name)!.id;
  const csv = 'Child ID,DOB\nC-1,01/01/2015\nC-2,05/06/2019';
  await api('cases.import', { eventId, fileName: 'sample.csv', data: Buffer.from(csv).toString('base64') });
  const cases = await api<{ id: number; reference: string }[]>('cases.list', { eventId });
  const caseId = cases.find((c) => c.reference === 'C-1')!.id;
  const police = (await api<{ id: number }>('audits.start', { caseId, agencyId: agencyId('Police'), auditor: 'P. Auditor' })).id;
  const health = (await api<{ id: number }>('audits.start', { caseId, agencyId: agencyId('Health'), auditor: 'H. Auditor' })).id;
  await api('audits.grade', {
    auditId: police,
    criterionKey: 'child-focus',
    value: 4,
    rationale: 'The child was seen alone at every visit and their words shaped the plan.',
    evidence:
      'Officer notes record the child’s account of meals and bedtimes in their own words on three visits; the strategy discussion minutes quote the child and show the plan changed to add after-school support because of what they said. The child’s drawing of home is attached to the record and discussed with the school nurse.',
  });
  await api('audits.grade', { auditId: health, criterionKey: 'child-focus', value: 1, rationale: 'No record of the child’s views in health contacts.', evidence: 'Health visitor records list parental accounts only.' });
  await api('audits.grade', { auditId: police, criterionKey: 'early-help-tools', value: 3, rationale: 'Neglect was recognised early.' });
  await api('audits.grade', { auditId: health, criterionKey: 'early-help-tools', value: 2, rationale: 'GCP2 started but not completed.' });
  return { eventId, caseId, police, health };
}

interface GradeView {
  criteria: { key: string; grades: { agencyName: string; value: number | null }[]; agreed: { value: number | null; rationale: string } | null }[];
}

test('moderate a disagreement, keep the agencies’ grades, see the trail and add a finding', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, caseId } = await seed(api);

  // From the case page to its moderation.
  await app.open(page, `#/events/${eventId}/cases/${caseId}`);
  await expect(page.getByRole('region', { name: 'Moderation' })).toContainText('0 of 13 criteria agreed; 2 differences');
  await page.getByRole('link', { name: 'Moderate this case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Moderation: case C-1/ })).toBeVisible();

  // Child focus (4 against 1) is two levels apart and crosses the good line; early help (3
  // against 2) crosses the line only.
  const grid = page.getByRole('region', { name: 'Grades by criterion and audit' });
  const focusRow = grid.getByRole('row').filter({ hasText: childFocus });
  await expect(focusRow.getByRole('list', { name: 'Differences' }).getByRole('listitem')).toHaveText(['Two or more levels apart', 'Crosses the good line']);
  await expect(focusRow).toContainText('Outstanding (4)');
  await expect(focusRow).toContainText('Inadequate (1)');
  const earlyRow = grid.getByRole('row').filter({ hasText: earlyHelp });
  await expect(earlyRow.getByRole('list', { name: 'Differences' }).getByRole('listitem')).toHaveText(['Crosses the good line']);

  // The panel beside the grid opens on the first difference: each agency's reasons and evidence.
  const focus = page.getByRole('region', { name: `1. ${childFocus}` });
  await expect(focus).toContainText('The child was seen alone at every visit');
  await expect(focus).toContainText('Health visitor records list parental accounts only.');

  // Agree a grade and say why; both save by themselves.
  const agreed = focus.getByRole('group', { name: `Agreed grade for ${childFocus}` });
  await agreed.getByRole('radio', { name: 'Good (3)' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const rationale = 'Police evidence of the child’s voice is strong; health contacts did not record it. Agreed as good.';
  await focus.getByLabel(/Rationale for the agreed grade/).fill(rationale);
  await focus.getByLabel(/Rationale for the agreed grade/).press('Tab');
  await expect
    .poll(async () => (await api<GradeView>('moderation.get', { caseId })).criteria.find((c) => c.key === 'child-focus')!.agreed?.rationale)
    .toBe(rationale);
  await expect(focusRow.getByRole('cell').last()).toHaveText('Good (3)');

  await page.getByLabel('Show only differences').check();
  await expect(grid.getByRole('row')).toHaveCount(4); // the header, two differences, the overall row
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('moderation.png'), fullPage: true });
  await page.getByLabel('Show only differences').uncheck();

  // Reload: the agreed grade and rationale are kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Moderation: case C-1/ })).toBeVisible();
  await expect(focus.getByRole('group', { name: `Agreed grade for ${childFocus}` }).getByRole('radio', { name: 'Good (3)' })).toBeChecked();
  await expect(focus.getByLabel(/Rationale for the agreed grade/)).toHaveValue(rationale);
  await expect(page.getByRole('term').filter({ hasText: 'Agreed' }).locator('xpath=following-sibling::dd')).toContainText('1');

  // The agencies' own grades are unchanged.
  const view = await api<GradeView>('moderation.get', { caseId });
  const focusGrades = view.criteria.find((c) => c.key === 'child-focus')!;
  expect(focusGrades.grades.map((g) => [g.agencyName, g.value]).sort()).toEqual([
    ['Health', 1],
    ['Police', 4],
  ]);
  expect(focusGrades.agreed?.value).toBe(3);

  // The audit trail: the agencies' grades and the agreed grade, old -> new.
  await page.getByRole('link', { name: 'Neglect audit, spring 2026' }).click();
  await page.getByRole('navigation', { name: 'Moderation, findings and audit trail' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  const agencyGrade = page.getByRole('row').filter({ hasText: 'Agency grade: grade' }).filter({ hasText: childFocus });
  await expect(agencyGrade).toHaveCount(2);
  await expect(agencyGrade.filter({ hasText: 'Outstanding (4)' })).toContainText('C-1');
  const agreedRow = page.getByRole('row').filter({ hasText: 'Agreed grade: grade' });
  await expect(agreedRow).toHaveCount(1);
  await expect(agreedRow.getByRole('cell').nth(4)).toHaveText('–');
  await expect(agreedRow.getByRole('cell').nth(5)).toHaveText('Good (3)');
  await expect(agreedRow).toContainText('Sam Facilitator');
  await expect(page.getByRole('row').filter({ hasText: 'Agreed grade: why this judgement' })).toContainText('Police evidence');
  await page.getByLabel('Filter').fill('agreed');
  await expect(page.getByText(/Showing 2 of \d+ entries/)).toBeVisible();
  await page.getByLabel('Filter').fill('');
  await page.getByLabel('Newest first').check();
  await expect(page.getByRole('row').nth(1)).toContainText('Agreed grade');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await page.getByLabel('Newest first').uncheck();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('audit-trail.png'), fullPage: true });

  // A finding linked to child-focus and case C-1, cleared as a quote for the report.
  await page.getByRole('link', { name: 'Neglect audit, spring 2026' }).click();
  await page.getByRole('navigation', { name: 'Moderation, findings and audit trail' }).getByRole('link', { name: 'Findings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Add a finding' });
  await form.getByRole('radio', { name: 'Good practice' }).check();
  await form.getByLabel('Text', { exact: true }).fill('Where the child was seen alone, their words changed the plan: “I want to have breakfast before school.”');
  await form.getByRole('group', { name: 'Linked criteria' }).getByLabel(childFocus).check();
  await form.getByLabel('Find a case reference').fill('C-1');
  await form.getByRole('group', { name: 'Linked cases' }).getByLabel('C-1').check();
  await expect(form.getByText('Only tick this when the text identifies no child, family member or practitioner.')).toBeVisible();
  await form.getByLabel('Anonymised quote that may be used in the report').check();
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the finding' })).toBeVisible();
  const good = page.getByRole('region', { name: /Good practice/ });
  const card = good.getByRole('article');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('their words changed the plan');
  await expect(card).toContainText('Quote for the report (anonymised)');
  await expect(card).toContainText(childFocus);
  await expect(card.getByRole('link', { name: 'C-1' })).toBeVisible();
  await expect(form.getByLabel('Text', { exact: true })).toHaveValue('');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('findings.png'), fullPage: true });
});

test('sign-off lists what is not agreed; a signed-off case is read-only until unlocked with a reason', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, caseId } = await seed(api);
  await app.open(page, `#/events/${eventId}/cases/${caseId}/moderation`);
  await expect(page.getByLabel('Signed off by')).toHaveValue('Sam Facilitator');
  await page.getByRole('button', { name: 'Lock and sign off' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Agree these before signing off');
  await expect(alert).toBeFocused();
  await expect(alert.getByRole('listitem')).toHaveCount(14);
  await expect(alert).toContainText('Overall judgement');

  // Agree everything through the API, then sign off in the page.
  const view = await api<GradeView>('moderation.get', { caseId });
  for (const c of view.criteria) await api('moderation.grade', { caseId, criterionKey: c.key, value: 3, rationale: 'Agreed at the moderation meeting.' });
  await api('moderation.overall', { caseId, value: 3, rationale: 'Good overall.' });
  await page.reload();
  await page.getByLabel('Date').fill('2026-03-20');
  await page.getByRole('button', { name: 'Lock and sign off' }).click();
  await expect(page.getByText('Signed off by Sam Facilitator on 20 March 2026', { exact: true })).toBeVisible();
  // The form that had focus is gone: focus follows to what replaced it.
  await expect(page.getByRole('heading', { level: 2, name: 'Signed off' })).toBeFocused();
  await expect(page.getByRole('group', { name: `Agreed grade for ${childFocus}` }).getByRole('radio', { name: 'Good (3)' })).toBeDisabled();

  // Unlock asks for a reason; Escape cancels.
  await page.getByRole('button', { name: 'Unlock…' }).click();
  await expect(page.getByRole('dialog', { name: 'Unlock moderation' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Unlock…' }).click();
  await page.getByLabel('Reason for unlocking').fill('Health sent a late record.');
  await page.getByRole('dialog').getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moderation unlocked' })).toBeVisible();
  await expect(page.getByRole('group', { name: `Agreed grade for ${childFocus}` }).getByRole('radio', { name: 'Good (3)' })).toBeEnabled();
});

test('without a name in Settings, a change is refused with a link to Settings', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, caseId } = await seed(api);
  await api('settings.update', { userName: '' });
  await app.open(page, `#/events/${eventId}/cases/${caseId}/moderation`);
  await page.getByRole('group', { name: `Agreed grade for ${childFocus}` }).getByRole('radio', { name: 'Good (3)' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Enter your name in Settings first');
  // Nothing was saved, and the page does not pretend it was.
  await expect(page.getByRole('group', { name: `Agreed grade for ${childFocus}` }).getByRole('radio', { name: 'Good (3)' })).not.toBeChecked();
  await alert.getByRole('link', { name: /Go to Settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
