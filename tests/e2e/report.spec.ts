// The report in Chromium against a real database: from an empty database the Events page offers
// the demo; the pre-export check lists an emptied executive summary and clears once it is written;
// the demo event's report page keeps an executive summary and a criterion's conclusions across a reload; the Word report exported with the default privacy settings holds the writing
// and no case reference or unchosen finding; the briefing and the figures workbook download.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const summary = 'Across thirty children the partnership saw the child more clearly than last year, but plans still drift and too few say what a good outcome is.';
const conclusion = 'Children were seen and heard in most cases, and their words changed plans.';
const childFocus = 'Relentless focus on the child; lived experience and voice';
const chosenQuote = 'I can tell my teacher when there is no food at home, and she helps.';
const unchosen = 'Fathers and male carers were rarely part of assessments.';

test('demo event, write the narrative, export the report, briefing and workbook', async ({ app, page }) => {
  test.setTimeout(120_000);
  const api = apiFor(app, page.request);

  // An empty database, and no name in Settings: the demo still works.
  await app.open(page, '#/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New to Scrutineer? Try the demo' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('demo-offer.png'), fullPage: true });
  await page.getByRole('button', { name: 'Create the demo event' }).click();
  await expect(page).toHaveURL(/#\/events\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: /spring 2026 \(demo\)/ })).toBeVisible();
  const eventId = Number(/#\/events\/(\d+)$/.exec(page.url())![1]);
  // Writing the report is a change of the user's own, so it needs their name in Settings.
  await api('settings.update', { userName: 'Fictional QA Officer' });

  // The report page: the template's outline, generated and narrative sections.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  const outline = page.getByRole('navigation', { name: 'Report outline' });
  await expect(outline.getByText('Scope and method')).toBeVisible();
  // The demo's narrative is written, so the pre-export check finds nothing to resolve.
  await expect(outline.getByRole('button', { name: /^Executive summary\s*Written$/ })).toHaveAttribute('aria-current', 'true');
  await expect(outline.getByRole('button', { name: /^Conclusions\s*Written$/ })).toBeVisible();
  const check = page.getByRole('region', { name: /^(Draft|Ready)/ });
  await expect(check).toHaveAccessibleName('Ready: the report will export as final');

  // Emptied, the executive summary is listed as the one thing keeping the report a draft.
  const summaryBox = page.getByLabel('Executive summary', { exact: true });
  await summaryBox.fill('');
  await expect(outline.getByRole('button', { name: /^Executive summary\s*Not written yet$/ })).toBeVisible();
  await expect(check).toHaveAccessibleName('Draft: 1 thing to resolve before the report is final');
  await expect(check.getByRole('listitem')).toHaveText(['Executive summary is not written. Write it']);
  await page.screenshot({ path: screenshotPath('report-draft-check.png'), fullPage: true });
  await check.getByRole('button', { name: 'Write it' }).click();
  await expect(summaryBox).toBeFocused();
  await summaryBox.pressSequentially(summary);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(outline.getByRole('button', { name: /^Executive summary\s*Written$/ })).toBeVisible();
  await expect(check).toHaveAccessibleName('Ready: the report will export as final');
  await expect(page.getByText('26 words')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Executive summary', { exact: true })).toHaveValue(summary);

  // One criterion's conclusions, with its chosen quote inserted.
  await outline.getByRole('button', { name: new RegExp(`^${childFocus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  const conclusionBox = page.getByLabel(`Conclusions for ${childFocus}`);
  await expect(conclusionBox).toBeVisible();
  await expect(page.getByText('Will appear in the report')).toBeVisible();
  await conclusionBox.fill(conclusion);
  await page.getByRole('button', { name: /^Insert into text/ }).click();
  await expect(conclusionBox).toHaveValue(`${conclusion}\n\n“${chosenQuote}”`);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('report-editor.png'), fullPage: true });

  // A criterion whose finding is not chosen says so and offers no insert.
  await outline.getByRole('button', { name: /^Whole-family/ }).click();
  await expect(page.getByText('Not chosen — will not appear')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Insert into text/ })).toHaveCount(0);

  // Export with the defaults: no identifiers, small numbers suppressed.
  const identifiers = page.getByLabel('Include identifiers (identifiable: handle accordingly)');
  await expect(identifiers).not.toBeChecked();
  await expect(page.getByLabel('Suppress figures from fewer than 5 cases')).toBeChecked();
  await identifiers.check();
  await expect(page.getByText('These exports will identify children')).toBeVisible();
  await identifiers.uncheck();
  await expect(page.getByText('These exports will identify children')).toHaveCount(0);

  const [report] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export report (Word)…' }).click()]);
  expect(report.suggestedFilename()).toMatch(/-report\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: `Report downloaded as ${report.suggestedFilename()}` })).toBeVisible();
  const bytes = readFileSync(await report.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  expect(documentXml).toContain(summary);
  expect(documentXml).toContain(conclusion);
  expect(documentXml).not.toContain(unchosen);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.startsWith('word/') && name.endsWith('.xml'))
      .map((name) => zip.file(name)!.async('string')),
  );
  const cases = await api<{ reference: string }[]>('cases.list', { eventId });
  expect(cases.length).toBe(30);
  for (const { reference } of cases) for (const xml of parts) expect(xml).not.toContain(reference);

  const [briefing] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export 7-minute briefing (Word)…' }).click()]);
  expect(briefing.suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: `7-minute briefing downloaded as ${briefing.suggestedFilename()}` })).toBeVisible();

  const [workbook] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export figures and action plan (Excel)…' }).click()]);
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(readFileSync(await workbook.path()).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByRole('status').filter({ hasText: `Figures and action plan downloaded as ${workbook.suggestedFilename()}` })).toBeVisible();
});
