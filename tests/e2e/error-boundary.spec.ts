// A page that fails while it is drawn does not take the app down: the shell and the address stay,
// the page area says so calmly, and "Try again" draws the same page once the fault is gone.
import { expect, test } from '../support/web-app';

test('a page that fails to draw shows a calm message, keeps the place, and recovers on Try again', async ({ app, page }) => {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  // The transport answers the framework list with something the page cannot draw.
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { name: string };
    if (body.name === 'frameworks.list') await route.fulfill({ json: { ok: true, value: null } });
    else await route.continue();
  });
  await app.open(page, '#/frameworks');

  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be shown' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your saved work is safe');
  // The shell is still there and the address has not moved.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' })).toHaveAttribute('aria-current', 'page');
  expect(new URL(page.url()).hash).toBe('#/frameworks');
  expect(failures).toEqual([]);

  await page.unroute('**/api/call');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('link', { name: 'Neglect — what works' }).first()).toBeVisible();
  await expect(alert).toBeHidden();
});
