// Where the browser tests save their screenshots. `npm test` writes them under test-results/ (so
// a test run leaves the tracked files alone); `npm run screenshots` points them at
// docs/screenshots to refresh the README's pictures on purpose.
import { join } from 'node:path';

export const screenshotDir = join(process.cwd(), process.env.SCRUTINEER_SCREENSHOT_DIR ?? join('test-results', 'screenshots'));

export function screenshotPath(name: string): string {
  return join(screenshotDir, name);
}
