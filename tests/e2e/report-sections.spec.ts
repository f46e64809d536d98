// Success measures, progress ratings and document control in Chromium against a real database, at
// 1366 × 768: a recommendation's progress rating changes from its card with the keyboard and its
// success measure is written in the edit form; the report page's version and distribution list
// autosave, clear the pre-export check's item and survive a reload; the exported Word report
// (read back with python-docx) carries them in the document control and action plan tables.
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { readDocx } from '../support/read-back';
import { screenshotPath } from '../support/screenshots';

test.use({ viewport: { width: 1366, height: 768 } });

const measure = 'Nine in ten plans reviewed within 12 weeks at the next audit.';

async function seed(api: Api) {
  await api('settings.update', { userName: 'Sam Facilitator' });
  const { id: eventId } = await api<{ id: number }>('events.create', {
    name: 'Neglect audit, winter 2026',
    frameworkKey: 'neglect-what-works',
    auditDate: '2026-12-01',
    partnership: 'Fictional Safeguarding Children Partnership',
    agencies: ['Police', 'Health'],
  });
  const { id } = await api<{ id: number }>('recommendations.create', { eventId, text: 'Review every neglect plan within 12 weeks.', dueDate: '2027-03-31' });
  return { eventId, recommendationId: id };
}

test('success measure and progress rating on the action plan, document control on the report page, both in the Word report', async ({ app, page, request }) => {
  test.setTimeout(120_000);
  const api = apiFor(app, request);
  const { eventId, recommendationId } = await seed(api);

  // The action plan: the card's progress rating, by keyboard.
  await app.open(page, `#/events/${eventId}/actions`);
  const card = page.getByRole('article', { name: /^Recommendation 1:/ });
  await expect(card.getByText('Not yet agreed', { exact: true }).last()).toBeVisible();
  const progress = card.getByLabel('Progress', { exact: true });
  await expect(progress).toHaveValue('');
  await progress.focus();
  await progress.selectOption({ label: 'Good progress' });
  await expect(page.getByText('Progress rating changed to good progress.')).toBeVisible();

  // The success measure, in the edit form.
  await card.getByRole('button', { name: 'Edit recommendation 1' }).click();
  const editing = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Edit recommendation 1' }) });
  await editing.getByLabel('Success measure', { exact: true }).focus();
  await page.keyboard.type(measure);
  await expect(editing.getByLabel('Progress rating')).toHaveValue('good');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved the recommendation.')).toBeVisible();
  await page.screenshot({ path: screenshotPath('action-plan-progress.png'), fullPage: true });
  await page.reload();
  const saved = page.getByRole('article', { name: /^Recommendation 1:/ });
  await expect(saved.getByText(measure)).toBeVisible();
  await expect(saved.getByLabel('Progress', { exact: true })).toHaveValue('good');
  const stored = (await api<{ id: number; successMeasure: string; progressRating: string | null }[]>('recommendations.list', { eventId })).find((r) => r.id === recommendationId)!;
  expect([stored.successMeasure, stored.progressRating]).toEqual([measure, 'good']);

  // The report page: the distribution list is one of the things to resolve until written.
  await app.open(page, `#/events/${eventId}/report`);
  const check = page.getByRole('region', { name: /^(Draft|Ready)/ });
  await expect(check.getByRole('listitem').filter({ hasText: 'Document control: the distribution list is not recorded.' })).toBeVisible();
  await check.getByRole('listitem').filter({ hasText: 'Document control' }).getByRole('button', { name: 'Write it' }).click();
  const distribution = page.getByLabel('Distribution list');
  await expect(distribution).toBeFocused();
  await page.keyboard.type('QA subgroup (fictional)');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Partnership executive (fictional)');
  await page.getByLabel('Version', { exact: true }).fill('0.2');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(check.getByRole('listitem').filter({ hasText: 'distribution list' })).toHaveCount(0);
  await page.getByRole('region', { name: 'Document control' }).screenshot({ path: screenshotPath('report-document-control.png') });
  await page.reload();
  await expect(page.getByLabel('Version', { exact: true })).toHaveValue('0.2');
  await expect(page.getByLabel('Distribution list')).toHaveValue('QA subgroup (fictional)\nPartnership executive (fictional)');

  // The Word report: unwritten narrative keeps it a draft, and the tables carry what was written.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export report (Word)…' }).click()]);
  const report = readDocx(await download.path());
  const control = report.tables.find((t) => t.header.join('|') === 'Item|Detail')!;
  expect(control.cells.slice(1)).toEqual([
    ['Version', '0.2 (draft)'],
    ['Status', 'Draft: not for circulation until the items the pre-export check lists are resolved'],
    ['Author', expect.stringContaining('Sam Facilitator')],
    ['Date', expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)],
    ['Distribution', 'QA subgroup (fictional); Partnership executive (fictional)'],
    ['Classification', 'OFFICIAL-SENSITIVE'],
  ]);
  const plan = report.tables.find((t) => t.header[0] === 'Recommendation')!;
  expect(plan.header).toEqual(['Recommendation', 'Success measure', 'Owner', 'Due', 'Status', 'Progress']);
  expect(plan.cells[1]).toEqual(['Review every neglect plan within 12 weeks.', measure, 'not assigned', '31 March 2027', 'Open', 'Good progress']);
  expect(report.headings.map((h) => h.text)).toEqual(expect.arrayContaining(['Document control', 'Purpose of the audit', 'Overall judgements', 'Glossary', 'Next steps']));
});
