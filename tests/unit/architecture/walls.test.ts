// The walls between layers hold: each lint rule and each of the two type-check configurations is
// shown catching a planted violation, and letting the allowed import through; the renderer's
// feature folders have no import cycle.
import { ESLint } from 'eslint';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `path`. */
async function wallMessages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint walls', () => {
  it.each([
    ['renderer/src/dashboard/Planted.tsx', "import type { Summary } from '../../../core/analysis/summary';", 'only through @contract'],
    ['renderer/src/dashboard/Planted.tsx', "import { openDatabase } from '../../../db/open';", 'only through @contract'],
    ['renderer/src/Planted.tsx', "import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ['renderer/src/lib/Planted.ts', "import { todayIso } from '../../../model/dates';", '@model/'],
    ['renderer/src/lib/Planted.ts', "import Database from 'better-sqlite3';", 'Node-side libraries'],
    ['model/planted.ts', "import { join } from 'node:path';", 'Node built-ins'],
    ['model/planted.ts', "import { listEvents } from '../core/events/service';", 'no core/'],
    ['model/planted.ts', "import type { Finding } from '@contract/types';", 'the contract builds on it'],
    ['model/planted.ts', "import { useState } from 'react';", 'no React'],
    ['db/queries/planted.ts', "import { UserError } from '../../core/errors';", 'never core/'],
    ['core/contract/contract.ts', "import type { AuditRow } from '../../db/queries/audits';", 'only its own folder'],
    ['core/contract/types.ts', "import type { Summary } from '../analysis/summary';", 'only its own folder'],
    ['core/analysis/planted.ts', "import { app } from 'electron';", 'Only electron/'],
  ])('%s: %s is refused', async (path, code, reason) => {
    const messages = await wallMessages(path, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(reason);
  });

  it.each([
    ['renderer/src/dashboard/Planted.tsx', "import type { DisclosedSummary } from '@contract/types';\nimport { todayIso } from '@model/dates';\nimport { call } from '../api/client';"],
    ['model/planted.ts', "import { z } from 'zod';\nimport { UserError } from './errors';"],
    ['db/queries/planted.ts', "import type { AgencyType } from '../../model/agency';\nimport { sql } from 'drizzle-orm';"],
    ['core/contract/contract.ts', "import { z } from 'zod';\nimport type { Finding } from './types';\nimport { caseFields } from '../../model/case-fields';"],
    ['core/analysis/planted.ts', "import { openDatabase } from '../../db/open';\nimport { readFileSync } from 'node:fs';"],
    ['electron/planted.ts', "import { app } from 'electron';"],
  ])('%s: allowed imports pass', async (path, code) => {
    expect(await wallMessages(path, code)).toEqual([]);
  });
});

// The two type-check configurations: Node code sees no DOM, the renderer and model/ see no Node.
const planted = mkdtempSync(join(tmpdir(), 'scrutineer-walls-'));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

function typeErrors(configPath: string, code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, configPath), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const file = join(planted, `planted-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  const options = { ...config.options, typeRoots: [join(root, 'node_modules/@types')] };
  const program = ts.createProgram([file], options);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('type-check walls', () => {
  it('Node code (tsconfig.json) has no DOM: document is unknown', () => {
    expect(typeErrors('tsconfig.json', 'document.title = "x";').join('\n')).toContain("Cannot find name 'document'");
    expect(typeErrors('tsconfig.json', 'process.exitCode = 0;')).toEqual([]);
  }, 30_000);

  it('the renderer and model/ (renderer/tsconfig.json) have no Node: process is unknown', () => {
    expect(typeErrors('renderer/tsconfig.json', 'process.exitCode = 0;').join('\n')).toMatch(/Cannot find name 'process'/);
    expect(typeErrors('renderer/tsconfig.json', 'document.title = "x";')).toEqual([]);
  }, 30_000);
});

// The renderer's feature folders depend on each other one way only: a cycle (moderation ↔ trail,
// say) means a piece both need belongs in components/ or lib/.
function folderGraph(): Map<string, Set<string>> {
  const src = join(root, 'renderer/src');
  const graph = new Map<string, Set<string>>();
  for (const folder of readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const deps = new Set<string>();
    for (const file of readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))) {
      const path = join(src, folder, file);
      for (const [, spec] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const [top] = relative(src, resolve(dirname(path), spec!)).split(sep);
        if (top && top !== folder && !top.startsWith('..') && !top.includes('.')) deps.add(top);
      }
    }
    graph.set(folder, deps);
  }
  return graph;
}

function cycleIn(graph: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return null;
    for (const next of graph.get(node) ?? []) {
      const found = visit(next, [...path, node]);
      if (found) return found;
    }
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const found = visit(node, []);
    if (found) return found;
  }
  return null;
}

describe('renderer folders', () => {
  it('have no cycle', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect(cycleIn(graph)).toBeNull();
  });

  it('the cycle check finds a planted one', () => {
    const graph = folderGraph();
    graph.get('lib')!.add('moderation');
    graph.get('moderation')!.add('lib');
    expect(cycleIn(graph)).toEqual(expect.arrayContaining(['lib', 'moderation']));
  });
});
