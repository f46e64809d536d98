// Hostile files chosen on the import page while an auditor types in another tab: each file is
// refused with the limit it broke, and the typing never stalls or fails to save, because files
// are read in a worker thread with memory and time limits, not in the process that serves saves.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { screenshotPath } from '../support/screenshots';
import { farCellWorkbook, zipBomb } from '../fixtures/hostile/generate';

test('the app keeps answering while hostile files are refused', async ({ app, page, context }) => {
  test.setTimeout(120_000);
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Alex Auditor' });
  const event = await call<{ id: number }>('events.create', { name: 'Hostile files', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Health'] });
  await call('cases.import', { eventId: event.id, fileName: 'cases.csv', data: Buffer.from('Child ID,DOB\nC-1,01/01/2015\n').toString('base64') });
  const [child] = await call<{ id: number }[]>('cases.list', { eventId: event.id });
  const detail = await call<{ agencies: { id: number }[] }>('events.get', { id: event.id });
  const audit = await call<{ id: number }>('audits.start', { caseId: child!.id, agencyId: detail.agencies[0]!.id });

  const hostile: [string, Buffer, RegExp][] = [
    ['far-cell.xlsx', await farCellWorkbook(), /Sheet 1 of the workbook declares 1,048,576 rows .*; the limit is 100,000\./],
    ['bomb.xlsx', await zipBomb(300 * 1024 * 1024), /The workbook would expand to 300 MB when unpacked; the limit is 100 MB\./],
    ['long.csv', Buffer.from(`Child ID\n${Array.from({ length: 100_001 }, (_, i) => `C-${i}`).join('\n')}\n`), /The file has 100,001 rows; the limit is 100,000\./],
  ];

  // The auditor's tab: every save answered, every one of them successfully.
  const typing: Page = await context.newPage();
  const saves: boolean[] = [];
  typing.on('response', async (response) => {
    if (!response.url().endsWith('/api/call') || (response.request().postDataJSON() as { name?: string }).name !== 'audits.grade') return;
    saves.push(((await response.json()) as { ok: boolean }).ok);
  });
  await app.open(typing, `#/events/${event.id}/audits/${audit.id}`);
  await expect(typing.getByRole('heading', { level: 1, name: /Audit of C-1/ })).toBeVisible();
  await typing.keyboard.press('2');
  await typing.keyboard.press('Enter');
  const rationale = typing.getByLabel(/Why this judgement/);
  await expect(rationale).toBeFocused();

  await app.open(page, `#/events/${event.id}/import`);
  const typed: string[] = [];
  let importing = true;
  const imports = (async () => {
    for (const [name, buffer, refusal] of hostile) {
      await page.getByLabel('Case file to import').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      await expect(page.getByRole('alert')).toContainText(refusal, { timeout: 60_000 });
      if (name === 'far-cell.xlsx') await page.screenshot({ path: screenshotPath('hostile-import-refused.png') });
    }
    importing = false;
  })();
  while (importing || typed.length < 3) {
    const word = `note${typed.length + 1}`;
    typed.push(word);
    await rationale.pressSequentially(`${word} `);
    await expect(rationale).toHaveValue(`${typed.join(' ')} `);
    await typing.waitForTimeout(600);
  }
  await imports;
  await expect(typing.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  expect(saves.length).toBeGreaterThan(0);
  expect(saves.every(Boolean)).toBe(true);
  const workspace = await call<{ grades: Record<string, { rationale: string }> }>('audits.workspace', { auditId: audit.id });
  expect(workspace.grades['child-focus']!.rationale.trim()).toBe(typed.join(' '));
  expect(await call<unknown[]>('cases.list', { eventId: event.id })).toHaveLength(1);
});
