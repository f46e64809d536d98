// The browser UI and the CLI writing to one database at once: an auditor types evidence (autosaved
// after each pause) while `scrutineer audits import` runs again and again in another process.
// Every autosave must succeed: the server's write waits for the CLI's lock instead of failing, and
// should a wait outlast busy_timeout (a machine under heavy load), the autosave engine sends it
// again without ever showing "Not saved".
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { generateCasesCsv } from '../../core/demo/cases-csv';

const criteria = ['child-focus', 'direct-work', 'early-help-tools', 'causes-not-symptoms', 'whole-family', 'history-cumulative-harm', 'triangulation', 'multi-agency', 'relationship-based', 'drift'];

/** Runs the real CLI; resolves with its exit code and stderr. */
function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/scrutineer.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('autosave in the browser never fails while the CLI imports returns into the same database', async ({ app, page }) => {
  test.setTimeout(120_000);
  const call = apiFor(app, page.request);
  await call('settings.update', { userName: 'Alex Auditor' });
  const event = await call<{ id: number }>('events.create', { name: 'Two writers', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Health', 'Police'] });
  await call('cases.import', { eventId: event.id, fileName: 'cases.csv', data: Buffer.from(generateCasesCsv(300, 11)).toString('base64') });
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId: event.id });
  const detail = await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: event.id });
  const health = detail.agencies.find((a) => a.name === 'Health')!;
  const audit = await call<{ id: number }>('audits.start', { caseId: cases[0]!.id, agencyId: health.id });

  // Returns from three auditors of the Police: each import writes about 3,000 grades in one transaction.
  const returns = ['One', 'Two', 'Three'].map((name) => {
    const file = join(app.dir, `returns-${name}.csv`);
    const rows = cases.flatMap((c, i) => criteria.map((key, k) => `${c.reference},Police,Police Auditor ${name},${key},${1 + ((i + k) % 4)},Seen in the record`));
    writeFileSync(file, ['reference,agency,auditor,criterion,grade,evidence', ...rows].join('\n'));
    return file;
  });

  const saves: { ok: boolean; code?: string; message?: string }[] = [];
  page.on('response', async (response) => {
    const body = response.request().postDataJSON() as { name?: string } | null;
    if (!response.url().endsWith('/api/call') || body?.name !== 'audits.grade') return;
    const result = (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
    saves.push({ ok: result.ok, code: result.error?.code, message: result.error?.message });
  });
  const statuses: string[] = [];
  await page.exposeFunction('recordStatus', (text: string) => statuses.push(text));

  await app.open(page, `#/events/${event.id}/audits/${audit.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /Audit of/ })).toBeVisible();
  // Every change of the save status is recorded, so a "Not saved" shown for a moment is not missed.
  await page.evaluate(() => {
    const status = document.querySelector('.save-status')!;
    new MutationObserver(() => (window as unknown as { recordStatus(t: string): void }).recordStatus(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  const rationale = page.getByLabel(/Why this judgement/);
  await expect(rationale).toBeFocused();

  let importing = true;
  const imports = (async () => {
    const results = [];
    for (const file of returns) results.push(await cli(['--db', app.databasePath, '--user', 'Fictional Facilitator', 'audits', 'import', '--event', String(event.id), file]));
    importing = false;
    return results;
  })();

  // Type a word, pause long enough for the autosave, and again, for as long as the CLI imports.
  const typed: string[] = [];
  while (importing || typed.length < 5) {
    const word = `word${typed.length + 1}`;
    typed.push(word);
    await page.keyboard.type(`${word} `);
    await page.waitForTimeout(700);
  }
  for (const run of await imports) expect(run.code, run.stderr).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  expect(saves.length).toBeGreaterThanOrEqual(typed.length);
  // Only "busy" may ever come back, and only to be sent again; nothing else is refused.
  expect(saves.filter((s) => !s.ok && s.code !== 'DATABASE_BUSY')).toEqual([]);
  expect(statuses.filter((s) => s.includes('Not saved'))).toEqual([]);
  const workspace = await call<{ grades: Record<string, { rationale: string; value: number }> }>('audits.workspace', { auditId: audit.id });
  expect(workspace.grades['child-focus']!.value).toBe(3);
  expect(workspace.grades['child-focus']!.rationale.trim()).toBe(typed.join(' '));
  // The Health audit typed here, and one audit per case for each of the three Police auditors.
  expect(await call<unknown[]>('audits.list', { eventId: event.id })).toHaveLength(1 + 3 * cases.length);
});
