// The renderer's own origin in the desktop app: app://scrutineer/, served by main through
// protocol.handle from the built renderer folder only, every answer carrying the CSP as a header.
// No file:// page is ever loaded, so 'self' in the CSP means this origin and not the disk.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './window-policy';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://scrutineer';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** What the renderer's build holds; anything else is not served. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const securityHeaders = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

/** The file an app:// URL names inside the renderer folder, or null (another host, a path out of the folder, a type not served). */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN || path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  if (!file.startsWith(root + sep) || !contentTypes[extname(file).toLowerCase()]) return null;
  return file;
}

/** protocol.handle's answer for one request. */
export async function serveAppRequest(url: string, rendererDir: string): Promise<Response> {
  const file = rendererFileFor(url, rendererDir);
  const notFound = () => new Response('Not found', { status: 404, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!file) return notFound();
  try {
    const bytes = await readFile(file);
    return new Response(new Uint8Array(bytes), { status: 200, headers: { ...securityHeaders, 'Content-Type': contentTypes[extname(file).toLowerCase()]! } });
  } catch {
    return notFound();
  }
}
