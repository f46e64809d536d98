// Reading the case fixtures in tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTable, type RawTable } from '../../../core/cases/import/read';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturesDir + name));
}

export function readFixture(name: string): Promise<RawTable> {
  return readTable(fixtureBytes(name), name);
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
