#!/usr/bin/env node
// The `scrutineer` command (and `npm run cli`): runs the CLI from an esbuild bundle that is
// rebuilt only when a source file changed, so a cold start loads plain JavaScript.
import { pathToFileURL } from 'node:url';
import { ensureBundle } from '../scripts/ts-bundle.js';

await import(pathToFileURL(ensureBundle('cli/main.ts', 'cli.mjs')).href);
