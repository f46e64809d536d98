// The outside programs some tests read files back with: python-docx, openpyxl, LibreOffice, age
// and sqlite3; and scipy (with numpy), which checks the sample's statistics independently. A test
// that needs one asks through `itWith`. Where the client is missing, a hand run skips the test and
// says how to install it; a CI run (CI set) fails it instead, so a machine without the client can
// never turn file checks into silent skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { it } from 'vitest';

export const python = '/usr/bin/python3';

export type Client = 'python-docx' | 'openpyxl' | 'libreoffice' | 'age' | 'sqlite3' | 'scipy';

const install: Record<Client, string> = {
  'python-docx': 'apt-get install python3-docx',
  openpyxl: 'apt-get install python3-openpyxl',
  libreoffice: 'apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils',
  age: 'apt-get install age',
  sqlite3: 'apt-get install sqlite3',
  scipy: 'apt-get install python3-scipy',
};

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function pythonImports(module: string): boolean {
  return existsSync(python) && spawnSync(python, ['-c', `import ${module}`]).status === 0;
}

const found = new Map<Client, boolean>();

function probe(client: Client): boolean {
  switch (client) {
    case 'python-docx':
      return pythonImports('docx');
    case 'openpyxl':
      return pythonImports('openpyxl');
    case 'scipy':
      return pythonImports('scipy.stats');
    case 'libreoffice':
      return !!sofficePath() && !!onPath('pdftotext') && !!onPath('pdfinfo');
    case 'age':
      return !!onPath('age') && !!onPath('age-keygen');
    case 'sqlite3':
      return !!onPath('sqlite3');
  }
}

/** Where LibreOffice's command is, if installed. */
export function sofficePath(): string | undefined {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync) ?? onPath('soffice');
}

// SCRUTINEER_HIDE_CLIENTS=age,openpyxl makes those clients count as missing: how the tests of
// this helper (tests/unit/ci) play a machine without them.
const hidden = new Set((process.env.SCRUTINEER_HIDE_CLIENTS ?? '').split(',').filter(Boolean));

export function hasClient(client: Client): boolean {
  if (!found.has(client)) found.set(client, !hidden.has(client) && probe(client));
  return found.get(client)!;
}

/** Why a test cannot run here, or undefined when every client it needs is installed. */
export function missingClients(clients: Client[]): string | undefined {
  const missing = clients.filter((c) => !hasClient(c));
  if (missing.length === 0) return undefined;
  return missing.map((c) => `${c} is not installed (${install[c]})`).join('; ');
}

type TestBody = () => unknown;

/**
 * `it` for a test that needs the given clients: the real `it` when they are installed; when one
 * is missing, `it.skip` on a hand run (with the reason printed) and a failing test under CI.
 */
export function itWith(...clients: Client[]): (name: string, body: TestBody, timeout?: number) => void {
  const reason = missingClients(clients);
  if (!reason) return (name, body, timeout) => it(name, body, timeout);
  if (!process.env.CI) {
    console.log(`[skipped: ${reason}]`);
    return (name, body, timeout) => it.skip(`${name} (skipped: ${reason})`, body, timeout);
  }
  return (name, _body, timeout) =>
    it(name, () => {
      throw new Error(`${reason}. CI is set, so this test fails instead of skipping.`);
    }, timeout);
}
