// Figures on screen where a mistake would matter most, in Chromium against a real database: the
// dashboard at the small-number threshold (figures from exactly 4 cases suppressed, from exactly 5
// shown) and the agreement figures against values from outside the app. The events are the ones
// the unit tests read back from the Word report and the workbook (tests/support/*-event.ts).
import { expect, test } from '../support/web-app';
import { apiFor } from '../support/api';
import { seedThresholdEvent } from '../support/threshold-event';
import { seedAgreementEvent } from '../support/agreement-event';

const childFocus = 'Relentless focus on the child; lived experience and voice';
const drift = 'Timeliness and drift';
const wholeFamily = 'Whole-family, ecological assessment';

test('the dashboard suppresses figures from 4 cases and shows those from 5', async ({ app, page, request }) => {
  const { eventId } = await seedThresholdEvent(apiFor(app, request));
  await app.open(page, `#/events/${eventId}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Findings dashboard' })).toBeVisible();

  const agencies = page.getByRole('region', { name: 'By agency' });
  const agencyCell = (agency: string, title: string) => agencies.getByRole('button', { name: `Show cases for ${agency}, ${title}` });
  await expect(agencyCell('Police', childFocus)).toContainText('60% of 5');
  await expect(agencyCell('Police', wholeFamily)).toContainText('100% of 5');
  await expect(agencyCell('Police', drift)).toContainText('fewer than 5');
  await expect(agencyCell('Health', childFocus)).toContainText('fewer than 5');
  await expect(agencyCell('Police', 'all criteria')).toContainText('71% of 14');
  await expect(agencyCell('Health', 'all criteria')).toContainText('fewer than 5');

  const criteria = page.getByRole('region', { name: 'Grades by criterion' });
  const criterionRow = (title: string) => criteria.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
  await expect(criterionRow(wholeFamily).locator('[data-col="n"]')).toHaveText('5');
  await expect(criterionRow(drift).locator('[data-col="n"]')).toHaveText('fewer than 5');

  const levels = page.getByRole('region', { name: 'By group of children' }).getByRole('table', { name: 'Level of need' });
  await expect(levels.getByRole('row', { name: /^Child protection/ }).getByRole('cell')).toHaveText(['5', '14', '71%', '2.71']);
  await expect(levels.getByRole('row', { name: /^Child in need/ }).getByRole('cell')).toHaveText(['fewer than 5', 'Figures not shown']);

  // Switched off, the figures from 4 cases are shown, marked.
  await page.getByLabel('Suppress groups under 5 cases').uncheck();
  await expect(agencyCell('Health', childFocus)).toContainText('50% of 4');
  await expect(agencyCell('Police', drift)).toContainText('50% of 4');
  await expect(levels.getByRole('row', { name: /^Child in need/ }).getByRole('cell')).toHaveText(['4† (from fewer than 5 cases)', '4† (from fewer than 5 cases)', '50%† (from fewer than 5 cases)', '2.25† (from fewer than 5 cases)']);
});

test('the dashboard shows the reference agreement figures', async ({ app, page, request }) => {
  const { eventId } = await seedAgreementEvent(apiFor(app, request));
  await app.open(page, `#/events/${eventId}/dashboard`);
  const agreement = page.getByRole('region', { name: 'Agreement between auditors' });
  const figures = (measure: string) => agreement.getByRole('row', { name: new RegExp(`^${measure}`) }).getByRole('cell');
  await expect(figures('Pairs of grades').nth(0)).toHaveText('12');
  await expect(figures('Pairs of grades').nth(1)).toHaveText('24');
  // Cohen's kappa (scikit-learn) and Krippendorff's ordinal alpha (a separate implementation), to two places.
  await expect(figures('Cohen’s kappa').first()).toHaveText('0.32');
  await expect(figures('Kappa, linear weights').nth(0)).toHaveText('0.40');
  await expect(figures('Kappa, linear weights').nth(1)).toHaveText('0.67');
  await expect(figures('Kappa, quadratic weights').nth(0)).toHaveText('0.50');
  await expect(figures('Kappa, quadratic weights').nth(1)).toHaveText('0.81');
  await expect(figures('Krippendorff’s alpha').nth(0)).toHaveText('0.52');
  await expect(figures('Krippendorff’s alpha').nth(1)).toHaveText('0.81');
});
