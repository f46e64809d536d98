// A facilitator and two auditors on three installs (three servers, three database files) in Chromium:
// the pack is made and its passphrase shown once, opened on the auditor's install (banner), the
// return exported and imported with a preview, the same file again is a no-op, and conflicts are
// shown side by side and resolved both ways.
import type { APIRequestContext, Download, Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/web-app';
import { startServer } from '../support/server';
import { apiFor, type Api } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const sample = ['Child ID,DOB,Agencies involved', 'C-3001,14/03/2015,Anyshire Police; Health', 'C-3002,30/07/2019,Health', 'C-3003,01/06/2013,Anyshire Police'].join('\r\n');

async function saved(download: Promise<Download>, dir: string): Promise<string> {
  const d = await download;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

/** Scores every criterion of the auditor's audit of `reference` (through the auditor's server). */
async function score(call: Api, eventId: number, reference: string, value: number) {
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId });
  const event = await call<{ agencies: { id: number }[] }>('events.get', { id: eventId });
  const audit = await call<{ id: number }>('audits.start', { caseId: cases.find((c) => c.reference === reference)!.id, agencyId: event.agencies[0]!.id });
  const ws = await call<{ framework: { domains: { criteria: { key: string }[] }[] } }>('audits.workspace', { auditId: audit.id });
  for (const c of ws.framework.domains.flatMap((d) => d.criteria)) await call('audits.grade', { auditId: audit.id, criterionKey: c.key, value, rationale: value < 3 ? 'Reasons.' : '', evidence: `Seen in ${reference}.` });
  await call('audits.update', { auditId: audit.id, overallValue: value, overallRationale: value < 3 ? 'Reasons.' : '' });
}

async function driftOf(call: Api, eventId: number, reference: string): Promise<number | null> {
  const audit = (await call<{ id: number; reference: string }[]>('audits.list', { eventId })).find((a) => a.reference === reference)!;
  return (await call<{ grades: Record<string, { value: number | null }> }>('audits.workspace', { auditId: audit.id })).grades.drift!.value;
}

async function importFile(page: Page, file: string) {
  await page.getByLabel('Return files').setInputFiles(file);
}

test('a pack goes out, a return comes back, and conflicts wait for the facilitator’s choice', async ({ app, page, request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-exchange-'));
  const auditorServer = await startServer(join(dir, 'auditor.db'));
  const healthServer = await startServer(join(dir, 'health-auditor.db'));
  try {
    const facilitator = apiFor(app, request);
    const auditor = apiFor({ url: auditorServer.url }, request as APIRequestContext);
    await facilitator('settings.update', { userName: 'Fran Facilitator' });
    const { id: eventId } = await facilitator<{ id: number }>('events.create', { name: 'Neglect audit, spring 2026', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Anyshire Police', 'Health'] });
    await facilitator('cases.import', { eventId, fileName: 'sample.csv', data: Buffer.from(sample).toString('base64') });
    const agencies = (await facilitator<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId })).agencies;
    const police = agencies.find((a) => a.name === 'Anyshire Police')!.id;
    const health = agencies.find((a) => a.name === 'Health')!.id;
    await facilitator('allocation.settings', { eventId, deadline: '2026-03-20', auditors: [{ agencyId: police, auditor: 'Pat Police' }] });

    // The facilitator makes the Police pack; the passphrase is shown once.
    await app.open(page, `#/events/${eventId}/packs`);
    await page.getByRole('button', { name: 'Create pack… for Anyshire Police' }).click();
    const packDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Create pack', exact: true }).click();
    const packFile = await saved(packDownload, dir);
    expect(packFile).toMatch(/\.scrutineer-pack$/);
    const passphrase = (await page.getByLabel('Passphrase').textContent())!.trim();
    expect(passphrase.split('-')).toHaveLength(6);
    await page.screenshot({ path: screenshotPath('pack-created.png'), fullPage: true });

    // The auditor opens it on their own install.
    const auditorPage = await page.context().newPage();
    await auditorPage.goto(auditorServer.url.replace(/#.*$/, '') + '#/events');
    await auditorPage.getByRole('link', { name: 'Open audit pack' }).first().click();
    await auditorPage.getByLabel('Audit pack file').setInputFiles(packFile);
    await auditorPage.getByLabel('Passphrase').fill('wrong-words-here-for-sure');
    await auditorPage.getByRole('button', { name: 'Open pack' }).click();
    await expect(auditorPage.getByRole('alert')).toContainText('The passphrase does not open');
    await auditorPage.getByLabel('Passphrase').fill(passphrase);
    await auditorPage.getByRole('button', { name: 'Open pack' }).click();
    const banner = auditorPage.getByRole('region', { name: 'Audit pack' });
    await expect(banner).toContainText('Audit pack for Anyshire Police');
    await expect(banner).toContainText('Pat Police');
    await expect(banner).toContainText('20 March 2026');
    const localId = Number(/events\/(\d+)/.exec(auditorPage.url())![1]);
    // The auditor's install offers an auditor's work only: no facilitator pages.
    await expect(auditorPage.getByRole('link', { name: 'Progress board' })).toBeVisible();
    await expect(auditorPage.getByRole('link', { name: 'Audit trail' })).toBeVisible();
    for (const facilitatorOnly of ['Report', 'Action plan', 'Findings dashboard', 'Import cases…', 'Choose the sample…', 'Moderation queue', 'Allocation', 'Packs and workbooks']) {
      await expect(auditorPage.getByRole('link', { name: facilitatorOnly, exact: true })).toHaveCount(0);
    }
    await expect(auditorPage.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
    await auditorPage.screenshot({ path: screenshotPath('auditor-banner.png'), fullPage: true });

    await score(auditor, localId, 'C-3001', 3);
    await score(auditor, localId, 'C-3003', 3);
    const r1 = await saved(Promise.all([auditorPage.waitForEvent('download'), auditorPage.getByRole('button', { name: 'Export return…' }).click()]).then(([d]) => d), dir);

    // A second auditor, for Health, on a third install (through its transport, without the UI).
    const healthAuditor = apiFor({ url: healthServer.url }, request as APIRequestContext);
    const healthPack = await facilitator<{ fileName: string; base64: string; passphrase: string }>('packs.create', { eventId, agencyId: health });
    const { eventId: healthLocal } = await healthAuditor<{ eventId: number }>('packs.open', { fileName: healthPack.fileName, data: healthPack.base64, passphrase: healthPack.passphrase, auditor: 'Hana Health' });
    await score(healthAuditor, healthLocal, 'C-3002', 2);
    const healthReturn = await healthAuditor<{ fileName: string; base64: string }>('returns.export', { eventId: healthLocal });
    const h1 = join(dir, healthReturn.fileName);
    writeFileSync(h1, Buffer.from(healthReturn.base64, 'base64'));

    // The facilitator previews both returns at once and imports each; the same file again changes nothing.
    await app.open(page, `#/events/${eventId}/returns`);
    await page.getByLabel('Return files').setInputFiles([r1, h1]);
    const card = page.getByRole('region', { name: `File ${r1.split('/').pop()}` });
    await expect(card).toContainText('Ready to import');
    await expect(card.getByRole('row')).toHaveCount(3);
    await card.getByRole('button', { name: /^Import / }).click();
    await expect(card).toContainText('Imported');
    const healthCard = page.getByRole('region', { name: `File ${healthReturn.fileName}` });
    await expect(healthCard).toContainText('Return from Hana Health for Health, revision 1');
    await healthCard.getByRole('button', { name: /^Import / }).click();
    await expect(healthCard).toContainText('Imported');
    expect((await facilitator<{ reference: string; auditor: string }[]>('audits.list', { eventId })).map((a) => `${a.reference} ${a.auditor}`)).toEqual(['C-3001 Pat Police', 'C-3002 Hana Health', 'C-3003 Pat Police']);
    await expect(page.getByRole('table', { name: 'Files imported' })).toContainText('Pat Police');
    await importFile(page, r1);
    await expect(page.getByRole('region', { name: `File ${r1.split('/').pop()}` }).nth(1)).toContainText('Nothing new');

    // Both sides change C-3001 and C-3003: two conflicts, one kept and one taken.
    for (const reference of ['C-3001', 'C-3003']) {
      const audit = (await facilitator<{ id: number; reference: string }[]>('audits.list', { eventId })).find((a) => a.reference === reference)!;
      await facilitator('audits.grade', { auditId: audit.id, criterionKey: 'drift', value: 1, rationale: 'Facilitator: drift for months.' });
      const mine = (await auditor<{ id: number; reference: string }[]>('audits.list', { eventId: localId })).find((a) => a.reference === reference)!;
      await auditor('audits.grade', { auditId: mine.id, criterionKey: 'drift', value: 4 });
    }
    const r2 = await saved(Promise.all([auditorPage.waitForEvent('download'), auditorPage.getByRole('button', { name: 'Export return…' }).click()]).then(([d]) => d), dir);
    await page.reload();
    await importFile(page, r2);
    const conflictCard = page.getByRole('region', { name: `File ${r2.split('/').pop()}` });
    await expect(conflictCard).toContainText('Conflicts to decide');
    const first = conflictCard.getByRole('region', { name: 'Conflict: C-3001 by Pat Police' });
    await expect(first.getByRole('row', { name: /Timeliness and drift: grade/ })).toContainText('Inadequate (1)');
    await expect(first.getByRole('row', { name: /Timeliness and drift: grade/ })).toContainText('Outstanding (4)');
    await expect(conflictCard.getByRole('button', { name: /^Import / })).toBeDisabled();
    await page.screenshot({ path: screenshotPath('returns-conflict.png'), fullPage: true });
    await first.getByLabel('Keep this install’s version').check();
    await conflictCard.getByRole('region', { name: 'Conflict: C-3003 by Pat Police' }).getByLabel('Take the return’s version').check();
    await conflictCard.getByRole('button', { name: /^Import / }).click();
    await expect(conflictCard).toContainText('Imported');
    expect(await driftOf(facilitator, eventId, 'C-3001')).toBe(1);
    expect(await driftOf(facilitator, eventId, 'C-3003')).toBe(4);

    // The trail names the auditor, the criterion, and the file with its SHA-256.
    await app.open(page, `#/events/${eventId}/trail`);
    const takenRow = page.getByRole('row').filter({ hasText: 'Timeliness and drift' }).filter({ hasText: 'Outstanding (4)' }).filter({ hasText: r2.split('/').pop()! });
    await expect(takenRow.first()).toContainText('Pat Police');
    await expect(takenRow.first()).toContainText('sha256');

    // Opening the pack again is refused with the offer to update the existing event.
    await auditorPage.goto(auditorServer.url.replace(/#.*$/, '') + '#/events/open-pack');
    await auditorPage.getByLabel('Audit pack file').setInputFiles(packFile);
    await auditorPage.getByLabel('Passphrase').fill(passphrase);
    await auditorPage.getByRole('button', { name: 'Open pack' }).click();
    await expect(auditorPage.getByRole('alert')).toContainText('already been opened');
    await auditorPage.getByRole('button', { name: 'Update the existing event' }).click();
    await expect(auditorPage).toHaveURL(new RegExp(`#/events/${localId}$`));
  } finally {
    for (const server of [auditorServer, healthServer]) {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
