// The moderation grid and queue in Chromium against a real database, at 1366 × 768: two
// agencies differ on one case by one level across the good line, by N/A against a grade and by
// two levels; the queue puts that case first with its three differences; the grid classifies
// each; "agree where unanimous" agrees only the criteria both graded alike; learning notes and
// single-agency feedback are captured beside the grid.
import { expect, test } from '../support/web-app';
import { apiFor, type Api } from '../support/api';
import { screenshotPath } from '../support/screenshots';

const titles = {
  'child-focus': 'Relentless focus on the child; lived experience and voice',
  drift: 'Timeliness and drift',
  'early-help-tools': 'Early identification and use of tools',
  'direct-work': 'Purposeful, recorded direct work',
  'whole-family': 'Whole-family, ecological assessment',
};

interface View {
  criteria: { key: string; title: string; agreed: { value: number | null; notApplicable: boolean; rationale: string } | null }[];
}

async function seed(api: Api) {
  await api('settings.update', { userName: 'Sam Facilitator' });
  const { id: eventId } = await api<{ id: number }>('events.create', {
    name: 'Neglect audit, autumn 2026',
    frameworkKey: 'neglect-what-works',
    auditDate: '2026-10-01',
    agencies: ['Police', 'Health'],
  });
  const event = await api<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId });
  const agencyId = (name: string) => event.agencies.find((a) => a.name === name)!.id;
  await api('cases.import', { eventId, fileName: 'sample.csv', data: Buffer.from('Child ID,DOB\nC-1,01/01/2015\nC-2,05/06/2019').toString('base64') });
  const cases = await api<{ id: number; reference: string }[]>('cases.list', { eventId });
  const caseOf = (ref: string) => cases.find((c) => c.reference === ref)!.id;
  const audit = async (ref: string, agency: string, auditor: string) => (await api<{ id: number }>('audits.start', { caseId: caseOf(ref), agencyId: agencyId(agency), auditor })).id;
  const p1 = await audit('C-1', 'Police', 'Pat Officer');
  const h1 = await audit('C-1', 'Health', 'Hana Visitor');
  const grade = (auditId: number, criterionKey: string, g: number | 'na', evidence = '') =>
    api('audits.grade', g === 'na' ? { auditId, criterionKey, notApplicable: true, notApplicableReason: 'No contact in the window.' } : { auditId, criterionKey, value: g, evidence });
  // One level across the good line (Good 3 against Requires improvement 2).
  await grade(p1, 'child-focus', 3, 'Child seen alone twice; views recorded.');
  await grade(h1, 'child-focus', 2, 'Health visitor saw the child with mother only.');
  // N/A against a grade.
  await grade(p1, 'drift', 'na');
  await grade(h1, 'drift', 3);
  // Two levels apart (Outstanding 4 against Requires improvement 2).
  await grade(p1, 'early-help-tools', 4);
  await grade(h1, 'early-help-tools', 2);
  // Unanimous.
  await grade(p1, 'direct-work', 3);
  await grade(h1, 'direct-work', 3);
  await grade(p1, 'whole-family', 'na');
  await grade(h1, 'whole-family', 'na');
  // A second case with one difference.
  const p2 = await audit('C-2', 'Police', 'Pat Officer');
  const h2 = await audit('C-2', 'Health', 'Hana Visitor');
  await grade(p2, 'child-focus', 4);
  await grade(h2, 'child-focus', 3);
  return { eventId, c1: caseOf('C-1'), c2: caseOf('C-2'), agencyId };
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the queue and the grid classify every difference; agree where unanimous agrees only the unanimous criteria', async ({ app, page, request }) => {
  const api = apiFor(app, request);
  const { eventId, c1, agencyId } = await seed(api);

  // The queue: C-1 first, with three differences, one of each kind but "other".
  await app.open(page, `#/events/${eventId}`);
  await page.getByRole('link', { name: 'Moderation queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderation queue' })).toBeVisible();
  const rows = page.getByRole('region', { name: 'Cases to moderate' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  const cells = (i: number) => rows.nth(i).getByRole('cell');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(/C-1/);
  // Audits, Differences, Two levels, Crosses the line, N/A against a grade, Other, Unanimous to agree.
  await expect(cells(1)).toHaveText(['2', '3', '1', '2', '1', '0', '2', '0 of 13', 'Not started']);
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText(/C-2/);
  await expect(cells(2)).toHaveText(['2', '1', '0', '0', '0', '1', '0', '0 of 13', 'Not started']);
  await page.screenshot({ path: screenshotPath('moderation-queue.png') });

  // The grid for C-1.
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Moderation: case C-1/ })).toBeVisible();
  await expect(page.getByLabel('Summary')).toContainText('Differences3');
  const grid = page.getByRole('region', { name: 'Grades by criterion and audit' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Criterion', 'HealthHana Visitor', 'PolicePat Officer', 'Difference', 'Agreed']);
  const kinds = (key: keyof typeof titles) => grid.getByRole('row').filter({ hasText: titles[key] }).getByRole('list', { name: 'Differences' }).getByRole('listitem');
  await expect(kinds('child-focus')).toHaveText(['Crosses the good line']);
  await expect(kinds('drift')).toHaveText(['N/A against a grade']);
  await expect(kinds('early-help-tools')).toHaveText(['Two or more levels apart', 'Crosses the good line']);
  await expect(kinds('direct-work')).toHaveCount(0);
  await expect(grid.getByRole('row').filter({ hasText: titles['direct-work'] })).toContainText('Same');
  // The definitions are on the screen.
  const key = page.getByRole('region', { name: 'How differences are counted' });
  await expect(key).toContainText('One agency or auditor judged the criterion not applicable while another gave it a grade.');
  await expect(key).toContainText('so the case counts differently in "% good or better"');

  // The panel beside the grid opens on the first difference; another row opens its own.
  await expect(page.getByRole('region', { name: `1. ${titles['child-focus']}` })).toContainText('Health visitor saw the child with mother only.');
  await grid.getByRole('button', { name: new RegExp(titles.drift) }).click();
  const driftPanel = page.getByRole('region', { name: new RegExp(`\\d+\\. ${titles.drift}`) });
  await expect(driftPanel).toContainText('No contact in the window.');
  await expect(driftPanel).toContainText('One agency or auditor judged the criterion not applicable');
  // From the keyboard: the arrows move between rows and open each; End reaches the overall judgement.
  const rowButtons = grid.locator('tbody th button');
  const driftAt = await rowButtons.evaluateAll((buttons, title) => buttons.findIndex((b) => b.textContent!.includes(title)), titles.drift);
  await page.keyboard.press('ArrowDown');
  await expect(rowButtons.nth(driftAt + 1)).toBeFocused();
  await expect(rowButtons.nth(driftAt + 1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(rowButtons.nth(driftAt)).toBeFocused();
  await expect(driftPanel).toContainText('No contact in the window.');
  await page.keyboard.press('End');
  await expect(grid.getByRole('button', { name: /Overall judgement/ })).toBeFocused();
  await expect(grid.getByRole('button', { name: /Overall judgement/ })).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Home');
  await expect(rowButtons.first()).toBeFocused();
  await grid.getByRole('button', { name: new RegExp(titles.drift) }).click();
  const box = await driftPanel.boundingBox();
  const gridBox = await grid.boundingBox();
  expect(box!.x).toBeGreaterThan(gridBox!.x + gridBox!.width - 1); // beside the grid, not under it
  await page.evaluate(() => window.scrollTo(0, document.querySelector('.moderation-layout')!.getBoundingClientRect().top + window.scrollY - 70));
  await page.screenshot({ path: screenshotPath('moderation-grid.png') });

  // Agree where unanimous: direct work (Good) and whole family (N/A) only.
  await page.getByRole('button', { name: 'Agree where unanimous (2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 criteria agreed where every audit gave the same grade.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agree where unanimous (0)' })).toBeDisabled();
  const view = await api<View>('moderation.get', { caseId: c1 });
  const agreedNow = view.criteria.filter((c) => c.agreed).map((c) => [c.key, c.agreed!.value, c.agreed!.notApplicable, c.agreed!.rationale]);
  expect(agreedNow).toEqual([
    ['direct-work', 3, false, 'All agencies graded Good (3).'],
    ['whole-family', null, true, 'All agencies graded Not applicable.'],
  ]);
  await expect(grid.getByRole('row').filter({ hasText: titles['direct-work'] }).getByRole('cell').last()).toHaveText('Good (3)');
  await expect(grid.getByRole('row').filter({ hasText: titles['child-focus'] }).getByRole('cell').last()).toHaveText('To agree');
  await grid.getByRole('button', { name: new RegExp(titles['direct-work']) }).click();
  await expect(page.getByLabel(`Rationale for the agreed grade for ${titles['direct-work']}`)).toHaveValue('All agencies graded Good (3).');

  // Capture: a learning note (a finding on this case) and feedback for Health alone.
  await page.getByLabel('Learning note').fill('Fathers were not invited to core groups.');
  await page.getByRole('button', { name: 'Add learning note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Learning note added.' })).toBeVisible();
  await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Health' });
  await page.getByLabel('Feedback action').fill('Record the child’s own words at each health contact.');
  await page.getByRole('button', { name: 'Add feedback action' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Feedback action added to the action plan.' })).toBeVisible();
  const findings = await api<{ text: string; caseIds: number[] }[]>('findings.list', { eventId });
  expect(findings.map((f) => [f.text, f.caseIds])).toEqual([['Fathers were not invited to core groups.', [c1]]]);
  const actions = await api<{ text: string; ownerAgencyId: number; caseId: number }[]>('recommendations.list', { eventId });
  expect(actions.map((a) => [a.text, a.ownerAgencyId, a.caseId])).toEqual([['Record the child’s own words at each health contact.', agencyId('Health'), c1]]);

  // Back in the queue, C-1 shows its two agreed criteria.
  await page.getByRole('link', { name: 'Moderation queue' }).click();
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['2', '3', '1', '2', '1', '0', '0', '2 of 13', 'In moderation']);
});
