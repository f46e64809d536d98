// Keypress to persisted grade: the real renderer in Chromium against the web transport, a number
// key pressed in the audit workspace, timed until the grade is in the database. Needs the built
// renderer (`npm run build:web`) and Chromium; says so and returns when either is missing.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, request as playwrightRequest } from '@playwright/test';
import { builtRendererDir } from '../server/serve';
import { apiFor } from '../tests/support/api';
import { chromiumExecutable } from '../tests/support/chromium';
import { startServer } from '../tests/support/server';

const criteria = ['child-focus', 'direct-work', 'early-help-tools', 'causes-not-symptoms', 'whole-family', 'history-cumulative-harm', 'triangulation', 'multi-agency', 'relationship-based', 'drift'];

function median(list: number[]): number {
  const sorted = list.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchKeypress(dir: string): Promise<void> {
  const executablePath = chromiumExecutable();
  if (!existsSync(join(builtRendererDir, 'index.html')) || !executablePath) {
    console.log('keypress to persisted grade: skipped (needs `npm run build:web` and Chromium)');
    return;
  }
  const databasePath = join(dir, 'keypress.db');
  const { url, child } = await startServer(databasePath);
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const request = await playwrightRequest.newContext();
  try {
    const call = apiFor({ url }, request);
    await call('settings.update', { userName: 'Bench Auditor' });
    const event = await call<{ id: number }>('events.create', { name: 'Bench', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Health'] });
    await call('cases.import', { eventId: event.id, fileName: 'c.csv', data: Buffer.from('Child ID,DOB\r\nC-1,14/03/2015').toString('base64') });
    const [firstCase] = await call<{ id: number }[]>('cases.list', { eventId: event.id });
    const detail = await call<{ agencies: { id: number }[] }>('events.get', { id: event.id });
    const audit = await call<{ id: number }>('audits.start', { caseId: firstCase!.id, agencyId: detail.agencies[0]!.id });
    const page = await browser.newPage();
    const target = new URL(url);
    target.hash = `#/events/${event.id}/audits/${audit.id}`;
    await page.goto(target.toString());
    await page.getByText('0 of 13 criteria done').waitFor();

    const workspace = () => call<{ grades: Record<string, { value: number | null }> }>('audits.workspace', { auditId: audit.id });
    const keypress: number[] = [];
    for (const [i, key] of criteria.entries()) {
      // The key is the value: 4 is Outstanding (4), 1 is Inadequate (1).
      const digit = (i % 4) + 1;
      const value = digit;
      const started = performance.now();
      await page.keyboard.press(String(digit));
      while ((await workspace()).grades[key]?.value !== value) {
        if (performance.now() - started > 10_000) throw new Error(`${key} was not stored within 10 s`);
      }
      keypress.push(performance.now() - started);
      await page.keyboard.press('j');
    }
    const roundTrip: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      await workspace();
      roundTrip.push(performance.now() - started);
    }
    const writes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      await call('audits.grade', { auditId: audit.id, criterionKey: 'triangulation', value: i % 2 ? 3 : 4 });
      writes.push(performance.now() - started);
    }
    console.log(`${'keypress to persisted grade (Chromium, web transport)'.padEnd(52)} median ${median(keypress).toFixed(0)} ms  (each: ${keypress.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`${'  of which: audits.workspace round trip (the poll)'.padEnd(52)} median ${median(roundTrip).toFixed(1)} ms`);
    console.log(`${'audits.grade round trip (API, committed)'.padEnd(52)} median ${median(writes).toFixed(1)} ms`);
  } finally {
    await request.dispose();
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(databasePath, { force: true });
  }
}
