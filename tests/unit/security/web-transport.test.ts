// The loopback web transport (server/) against hostile requests: a malformed address is answered
// 400 and the server keeps serving; `dev:web` and `serve` never default to the real database.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../core/paths';
import { devWebDatabasePath } from '../../../server/dev-database';
import { startWebTransport, type WebTransport } from '../../../server/web-transport';
import { makeTempDir } from '../helpers/temp';

const running: WebTransport[] = [];
afterEach(async () => {
  for (const transport of running.splice(0)) await transport.close();
});

async function transportWithPage(): Promise<WebTransport> {
  const dir = makeTempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  const transport = await startWebTransport({ dispatch: async () => ({ ok: true, value: null }), staticDir: dir });
  running.push(transport);
  return transport;
}

/** A raw GET with the path exactly as given (no client-side escaping). */
function get(port: number, path: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the loopback web transport', () => {
  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0%AF'])('answers the malformed address %j with 400 and keeps serving', async (path) => {
    const transport = await transportWithPage();
    const bad = await get(transport.port, path);
    expect(bad.status).toBe(400);
    expect(bad.body).toBe('Malformed address.');
    expect(bad.csp).toMatch(/default-src 'self'/);
    const good = await get(transport.port, '/');
    expect(good.status).toBe(200);
    expect(good.body).toContain('<title>Scrutineer</title>');
  });

  it('a path out of the folder is not found', async () => {
    const transport = await transportWithPage();
    expect((await get(transport.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});

describe('the browser UI database', () => {
  it('is a database of its own under the temp folder unless --db names one', () => {
    const own = devWebDatabasePath(undefined);
    expect(own).not.toBe(defaultDatabasePath());
    expect(own.startsWith(join(tmpdir(), 'scrutineer-dev-web'))).toBe(true);
    expect(devWebDatabasePath('/data/mine.db')).toBe('/data/mine.db');
  });
});
