// axe-core on every screen of a seeded demo event, at 1366 × 768 and 1920 × 1080: the run fails on
// any serious or critical violation, listing each rule with the page and the elements it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

interface Found {
  size: string;
  route: string;
  rule: string;
  impact: string;
  nodes: string[];
}

/** Waits until the page has drawn its title and nothing is still loading. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 30_000 });
}

test('every screen has no serious or critical accessibility violation at 1366 × 768 and 1920 × 1080', async ({ app, page }) => {
  test.setTimeout(600_000);
  const call = apiFor(app, page.request);
  const { id: eventId } = await call<{ id: number }>('demo.create', {});
  const cases = await call<{ id: number }[]>('cases.list', { eventId });
  const caseId = cases[0]!.id;
  const audits = await call<{ id: number }[]>('audits.list', { eventId, caseId });
  const auditId = audits[0]!.id;
  const routes = [
    '#/events',
    '#/events/new',
    `#/events/${eventId}`,
    `#/events/${eventId}/import`,
    `#/events/${eventId}/cases/${caseId}`,
    `#/events/${eventId}/cases/${caseId}/moderation`,
    `#/events/${eventId}/moderation`,
    `#/events/${eventId}/cases/${caseId}/trail`,
    `#/events/${eventId}/trail`,
    `#/events/${eventId}/findings`,
    `#/events/${eventId}/audits/${auditId}`,
    `#/events/${eventId}/board`,
    `#/events/${eventId}/allocation`,
    `#/events/${eventId}/outstanding`,
    `#/events/${eventId}/returns`,
    `#/events/${eventId}/packs`,
    '#/events/open-pack',
    `#/events/${eventId}/dashboard`,
    `#/events/${eventId}/present`,
    `#/events/${eventId}/actions`,
    `#/events/${eventId}/report`,
    '#/frameworks',
    '#/frameworks/neglect-what-works',
    '#/frameworks/neglect-what-works/edit',
    '#/settings',
    '#/no-such-page',
  ];

  const found: Found[] = [];
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const route of routes) {
      await app.open(page, route);
      await settled(page);
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        found.push({ size: `${size.width}×${size.height}`, route, rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) });
      }
    }
  }
  const report = found.map((f) => `${f.size} ${f.route}: ${f.impact} ${f.rule} (${f.nodes.join(' | ')})`);
  expect(report, report.join('\n')).toEqual([]);
});
