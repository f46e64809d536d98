// What leaves Scrutineer, in Chromium against a real database: a case reference, a date of birth
// and a postcode planted in a finding, a narrative section and a recommendation. The quote tick is
// refused as the text is typed; the report export is refused with every hit listed and a link to
// fix each; with identifiers the file downloads named -identifiable.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const planted = 'Seen with DSC-4401 (born 14/07/2019) at LS1 4AP.';

async function seed(api: Api) {
  await api('settings.update', { userName: 'Sam Facilitator' });
  const { id: eventId } = await api<{ id: number }>('events.create', { name: 'Neglect audit, spring 2026', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Police'] });
  const csv = 'Child ID,DOB\nDSC-4401,14/07/2019\nDSC-4402,01/02/2015';
  await api('cases.import', { eventId, fileName: 'sample.csv', data: Buffer.from(csv).toString('base64') });
  await api('report.saveNarrative', { eventId, sectionKey: 'executive-summary', text: `Summary of the audit. ${planted}` });
  await api('recommendations.create', { eventId, text: `Review the plan for DSC-4402 by the end of June.` });
  await api('findings.create', { eventId, kind: 'good-practice', text: 'Practitioners recorded children’s own words.', quoteForReport: true, criterionKeys: ['child-focus'] });
  return eventId;
}

test('the quote tick is refused for identifying text; exports without identifiers list every hit; with identifiers the file is marked', async ({ app, page }) => {
  test.setTimeout(90_000);
  const api = apiFor(app, page.request);
  const eventId = await seed(api);

  // Findings: the tick is refused while the text could identify a child, and says what it found.
  await app.open(page, `#/events/${eventId}/findings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const text = page.getByLabel('Text', { exact: true });
  const tick = page.getByLabel('Anonymised quote that may be used in the report');
  await text.fill('Plans drifted when the lead professional changed.');
  await tick.check();
  await text.fill(planted);
  await expect(page.getByText('Cannot be an anonymised quote: the text contains a case reference (DSC-4401), a date of birth (14/07/2019) and a postcode (LS1 4AP).')).toBeVisible();
  await expect(tick).toBeDisabled();
  await expect(tick).not.toBeChecked();
  await page.screenshot({ path: screenshotPath('quote-refused.png'), fullPage: true });
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added/ })).toBeVisible();
  const stored = await api<{ text: string; quoteForReport: boolean }[]>('findings.list', { eventId });
  expect(stored.find((f) => f.text === planted)!.quoteForReport).toBe(false);

  // Presentation: the recommendation naming a child is replaced by a note; no slide shows a planted value.
  await app.open(page, `#/events/${eventId}/present`);
  await page.getByRole('button', { name: 'Start presentation' }).click();
  await page.keyboard.press('End');
  await expect(page.locator('.pr-stage')).toContainText('A recommendation was withheld: it contains a case reference.');
  await page.screenshot({ path: screenshotPath('presentation-withheld.png') });
  const counter = page.getByTestId('slide-counter');
  const total = Number((await counter.innerText()).split('/')[1]!.trim());
  for (let n = total; n >= 1; n--) {
    await expect(counter).toHaveText(`${n} / ${total}`);
    const shown = await page.locator('.pr-stage').innerText();
    for (const value of ['DSC-4401', 'DSC-4402', '14/07/2019', 'LS1 4AP']) expect(shown).not.toContain(value);
    await page.keyboard.press('ArrowLeft');
  }
  await page.keyboard.press('Escape');

  // The report page warns beside the narrative, and the export is refused with every hit listed.
  await app.open(page, `#/events/${eventId}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  await expect(page.getByText('This text contains a case reference (DSC-4401), a date of birth (14/07/2019) and a postcode (LS1 4AP)')).toBeVisible();
  await page.getByRole('button', { name: 'Export report (Word)…' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The report was not exported' });
  await expect(refusal).toContainText('4 things that could identify a child were found');
  const hits = refusal.getByRole('listitem');
  await expect(hits).toHaveCount(4);
  await expect(hits.nth(0)).toContainText('Recommendation 1: a case reference (DSC-4402)');
  await expect(hits.nth(0).getByRole('link', { name: 'Go to the action plan' })).toHaveAttribute('href', `#/events/${eventId}/actions`);
  await expect(hits.nth(1)).toContainText('Report: Executive summary: a case reference (DSC-4401)');
  await expect(hits.nth(2)).toContainText('a date of birth (14/07/2019)');
  await expect(hits.nth(3)).toContainText('a postcode (LS1 4AP)');
  await page.screenshot({ path: screenshotPath('export-refused.png'), fullPage: true });

  // The link opens the section to fix; once fixed, the report names only the recommendation.
  await outlineTo(page, hits.nth(1));
  const box = page.getByLabel('Executive summary', { exact: true });
  await expect(box).toBeFocused();
  await box.fill('Summary of the audit. A child was seen at home.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Export report (Word)…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The report was not exported' }).getByRole('listitem')).toHaveCount(1);

  // With identifiers: downloaded, named and marked as identifiable.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByLabel('Include identifiers (identifiable: handle accordingly)').check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export report (Word)…' }).click()]);
  // Its conclusions are not written yet, so it is also a draft.
  expect(download.suggestedFilename()).toBe('neglect-audit-spring-2026-report-identifiable-DRAFT.docx');
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const header = await zip.file(/^word\/header\d*\.xml$/)[0]!.async('string');
  expect(header).toContain('OFFICIAL-SENSITIVE — CONTAINS PERSONAL DATA');
  expect(await zip.file('word/document.xml')!.async('string')).toContain('DSC-4402');

  // The trail lists the export with its hash.
  const trail = await api<{ entity: string; field: string; newValue: string; note: string }[]>('trail.list', { eventId });
  const exported = trail.filter((e) => e.entity === 'export');
  expect(exported).toHaveLength(1);
  expect(exported[0]).toMatchObject({ field: 'report', newValue: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  expect(exported[0]!.note).toContain('with identifiers');
});

async function outlineTo(page: import('@playwright/test').Page, hit: import('@playwright/test').Locator) {
  await hit.getByRole('button', { name: 'Edit this text' }).click();
  await expect(page.getByLabel('Executive summary', { exact: true })).toBeVisible();
}
