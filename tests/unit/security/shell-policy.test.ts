// The rules the desktop shell applies, as the plain functions electron/main.ts calls: the renderer
// served from app://scrutineer/ with the CSP as a header, only the app's own page trusted, outside
// links denied unless allow-listed, DevTools only in development, no spellchecker downloads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, APP_ORIGIN, rendererFileFor, serveAppRequest } from '../../../core/security/app-protocol';
import { allowedExternalLink, allowedExternalHosts, CONTENT_SECURITY_POLICY, isTrustedSenderUrl, secureWebPreferences } from '../../../core/security/window-policy';
import { makeTempDir } from '../helpers/temp';

function rendererFolder(): string {
  const dir = makeTempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  writeFileSync(join(dir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'secret.txt'), 'outside');
  return dir;
}

describe('app:// protocol', () => {
  it('serves the entry page and its assets with the CSP as a header', async () => {
    const dir = rendererFolder();
    const page = await serveAppRequest(APP_ENTRY, dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Scrutineer</title>');
    expect((await serveAppRequest(`${APP_ORIGIN}/`, dir)).status).toBe(200);
    const script = await serveAppRequest(`${APP_ORIGIN}/assets/index.js`, dir);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it.each([
    'app://scrutineer/%2e%2e/secret.txt',
    'app://scrutineer/..%2fsecret.txt',
    'app://scrutineer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://scrutineer/%',
    'app://scrutineer/index.html%00.js',
    'app://scrutineer/missing.js',
    'app://scrutineer/assets/run.exe',
  ])('answers %j with 404, still with the CSP', async (url) => {
    const dir = rendererFolder();
    const answer = await serveAppRequest(url, dir);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('maps only into the renderer folder', () => {
    expect(rendererFileFor('app://scrutineer/assets/index.js', '/opt/app/renderer')).toBe('/opt/app/renderer/assets/index.js');
    // The URL parser folds %2e%2e segments itself, so they stay inside; an escaped slash does not fold and is refused.
    expect(rendererFileFor('app://scrutineer/%2e%2e/main/index.js', '/opt/app/renderer')).toBe('/opt/app/renderer/main/index.js');
    expect(rendererFileFor('app://scrutineer/..%2f..%2fmain/index.js', '/opt/app/renderer')).toBeNull();
  });
});

describe('the window', () => {
  it('trusts calls only from app://scrutineer (or the dev server in development), never from a file:// page', () => {
    expect(isTrustedSenderUrl(APP_ENTRY, undefined, APP_ORIGIN)).toBe(true);
    expect(isTrustedSenderUrl('app://scrutineer/#/events/1', undefined, APP_ORIGIN)).toBe(true);
    expect(isTrustedSenderUrl('file:///opt/app/out/renderer/index.html', undefined, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderUrl('app://evil/index.html', undefined, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderUrl('https://example.org/', undefined, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173', APP_ORIGIN)).toBe(true);
    expect(isTrustedSenderUrl('not a url', undefined, APP_ORIGIN)).toBe(false);
  });

  it('has DevTools only in development, and the spellchecker only where the system supplies it (no dictionary downloads)', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const production = secureWebPreferences('/p.cjs', { development: false, platform });
      expect([production.devTools, production.spellcheck]).toEqual([false, false]);
    }
    expect(secureWebPreferences('/p.cjs', { development: false, platform: 'darwin' }).spellcheck).toBe(true);
    expect(secureWebPreferences('/p.cjs', { development: true, platform: 'linux' }).devTools).toBe(true);
    const prefs = secureWebPreferences('/p.cjs', { development: false, platform: 'linux' });
    expect([prefs.contextIsolation, prefs.sandbox, prefs.nodeIntegration, prefs.webSecurity, prefs.webviewTag, prefs.disableBlinkFeatures]).toEqual([true, true, false, true, false, 'Auxclick']);
  });

  it('denies every outside link unless the allow-list names its host (https only)', () => {
    expect(allowedExternalHosts).toEqual([]);
    for (const url of ['https://example.org/', 'http://example.org/', 'mailto:a@example.org', 'file:///etc/passwd', 'javascript:alert(1)']) expect(allowedExternalLink(url)).toBeNull();
    const list = ['example.org'];
    expect(allowedExternalLink('https://example.org/guidance', list)).toBe('https://example.org/guidance');
    expect(allowedExternalLink('http://example.org/guidance', list)).toBeNull();
    expect(allowedExternalLink('https://evil.example.org/', list)).toBeNull();
    expect(allowedExternalLink('https://example.org@evil.test/', list)).toBeNull();
  });
});
