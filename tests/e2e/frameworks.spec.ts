// The frameworks screens in Chromium against a real database over the web transport: list,
// view, clone, edit a criterion, reload, and see the edit kept; plus import errors and export.
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/web-app';
import { screenshotPath } from '../support/screenshots';


test('clone the neglect framework, edit a criterion, reload and see it kept', async ({ app, page }) => {
  await app.open(page, '#/frameworks');
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neglect — what works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neglect quick check' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('frameworks-list.png'), fullPage: true });

  await page.getByRole('link', { name: 'Neglect — what works' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neglect — what works' })).toBeVisible();
  for (const key of ['child-focus', 'triangulation', 'drift', 'cultural-competence']) {
    await expect(page.getByText(key, { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('framework-view.png') });

  await page.getByRole('button', { name: 'Clone…' }).click();
  await page.getByLabel('New name').fill('Neglect — what works (North)');
  await page.getByLabel('New key').fill('neglect-north');
  await page.getByLabel('New key').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit framework' })).toBeVisible();

  const first = page.getByRole('group', { name: /^Criterion 1:/ }).first();
  await first.getByLabel('Criterion title').fill('The child is seen, heard and helped');
  await first.getByLabel('What good looks like').fill('Every visit records what the child said and how they seemed.');
  await page.screenshot({ path: screenshotPath('framework-editor.png') });
  await page.getByRole('button', { name: 'Save framework' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.reload();
  await app.open(page, '#/frameworks/neglect-north');
  await expect(page.getByRole('heading', { level: 1, name: 'Neglect — what works (North)' })).toBeVisible();
  await expect(page.getByText('The child is seen, heard and helped')).toBeVisible();
  await expect(page.getByText('Every visit records what the child said and how they seemed.')).toBeVisible();
  // The shipped framework is untouched.
  await app.open(page, '#/frameworks/neglect-what-works');
  await expect(page.getByText('Relentless focus on the child; lived experience and voice')).toBeVisible();
});

test('the editor refuses an invalid key and says where', async ({ app, page }) => {
  await app.open(page, '#/frameworks/neglect-quick-check/edit');
  const first = page.getByRole('group', { name: /^Criterion 1:/ }).first();
  await first.getByLabel('Criterion key').fill('Child Seen!');
  await expect(page.getByRole('button', { name: 'Save framework' })).toBeDisabled();
  await expect(page.getByText(/lowercase letters and digits/).first()).toBeVisible();
});

test('a malformed framework file is refused with the bad field named, and the list is unchanged', async ({ app, page }) => {
  await app.open(page, '#/frameworks');
  // Count once the list has loaded: a header row and the two shipped frameworks.
  await expect(page.getByRole('link', { name: 'Neglect quick check' })).toBeVisible();
  const rowsBefore = await page.getByRole('row').count();
  expect(rowsBefore).toBe(3);
  await page.getByLabel('Framework file to import').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(readFileSync('templates/frameworks/neglect-quick-check.yaml', 'utf8').replace('key: child-seen', 'key: Child Seen!').replace('key: neglect-quick-check', 'key: broken')),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.yaml was not imported');
  await expect(alert).toContainText('domains[0].criteria[0].key');
  await expect(page.getByRole('row')).toHaveCount(rowsBefore);
});

test('export downloads a file that imports back unchanged', async ({ app, page }) => {
  await app.open(page, '#/frameworks/neglect-what-works');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export YAML' }).click()]);
  expect(download.suggestedFilename()).toBe('neglect-what-works-v1.yaml');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('key: triangulation');
  await app.open(page, '#/frameworks');
  await page.getByLabel('Framework file to import').setInputFiles({ name: 'neglect-what-works-v1.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: /no changes|unchanged/i })).toBeVisible();
});

test('settings keep the user name; the shell is keyboard reachable', async ({ app, page }) => {
  await app.open(page, '#/settings');
  await page.getByLabel('Your name').fill('A. Auditor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('A. Auditor');
  await page.screenshot({ path: screenshotPath('settings.png') });

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Events' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Frameworks' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Frameworks' })).toHaveAttribute('aria-current', 'page');
});
