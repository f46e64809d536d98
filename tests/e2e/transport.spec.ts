// The web transport's guards, checked from outside as a hostile page or process would see them.
import { expect, test } from '../support/web-app';

test('calls need the per-run token, the right host and a known name', async ({ app, request }) => {
  const base = new URL(app.url);
  const token = base.searchParams.get('token')!;
  const endpoint = `${base.origin}/api/call`;
  const body = { name: 'frameworks.list', input: {} };

  expect((await request.post(endpoint, { data: body })).status()).toBe(401);
  expect((await request.post(endpoint, { data: body, headers: { 'x-scrutineer-token': 'wrong' } })).status()).toBe(401);

  const ok = await request.post(endpoint, { data: body, headers: { 'x-scrutineer-token': token } });
  expect(ok.status()).toBe(200);
  const listed = (await ok.json()) as { ok: boolean; value: { key: string }[] };
  expect(listed.ok).toBe(true);
  expect(listed.value.map((f) => f.key).sort()).toEqual(['neglect-quick-check', 'neglect-what-works']);

  const unknown = await request.post(endpoint, { data: { name: 'fs.readFile', input: {} }, headers: { 'x-scrutineer-token': token } });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });

  const rebound = await request.post(endpoint, { data: body, headers: { 'x-scrutineer-token': token, host: `evil.example:${base.port}` } });
  expect(rebound.status()).toBe(421);
  expect(base.hostname).toBe('127.0.0.1');
});

test('pages are served with a strict Content-Security-Policy', async ({ app, request }) => {
  const response = await request.get(new URL(app.url).origin + '/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).toContain("object-src 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
