// The browser transport: the same dispatcher as the Electron IPC, served over HTTP on 127.0.0.1
// only, on a random port, guarded by a per-run token, so the real renderer can run in Chromium
// against a real database (end-to-end tests and `npm run dev:web`). Never used by the desktop app.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/contract/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../core/security/window-policy';

const MAX_BODY_BYTES = 4 * 1024 * 1024;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebTransport {
  url: string;
  /** The address to open, token included. */
  urlWithToken: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebTransportOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
}

export async function startWebTransport(options: WebTransportOptions): Promise<WebTransport> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const expected = Buffer.from(token);
  let port = 0;

  const tokenMatches = (given: string | string[] | undefined): boolean => {
    if (typeof given !== 'string') return false;
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };

  const server = createServer((req, res) => {
    // Refuse other Host names, so a web page elsewhere cannot reach this port by DNS rebinding.
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host.');
    }
    if (req.url === '/api/call') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!tokenMatches(req.headers['x-scrutineer-token'])) return send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong token.');
      return void handleCall(req, res, options.dispatch).catch(() => failed(res));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    return void serveStatic(req, res, options.staticDir).catch(() => failed(res));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    urlWithToken: `${url}?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handleCall(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large.');
    chunks.push(chunk as Buffer);
  }
  let body: { name?: unknown; input?: unknown };
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: 'The request body is not JSON.' } });
  }
  sendJson(res, 200, await dispatch(body?.name, body?.input));
}

/** A request that broke off or could not be answered: the server keeps running whatever happened. */
function failed(res: ServerResponse): void {
  if (res.headersSent) res.destroy();
  else send(res, 500, 'text/plain; charset=utf-8', 'The request could not be answered.');
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string): Promise<void> {
  let pathname: string;
  try {
    // A malformed address (a % not followed by two hex digits) is the request's fault: 400.
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Malformed address.');
  }
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = normalize(join(staticDir, relative));
  if (!file.startsWith(normalize(staticDir) + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  try {
    const data = await readFile(file);
    send(res, 200, contentTypes[extname(file)] ?? 'application/octet-stream', req.method === 'HEAD' ? '' : data);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
