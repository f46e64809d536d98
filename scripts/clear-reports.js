// Removes the previous run's reports before `npm test`, so the summary never mixes a stale
// Playwright report with a new vitest one (Playwright does not run when vitest fails).
import { rmSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
