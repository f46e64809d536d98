// The Electron window's security settings as plain data, so they can be tested without Electron
// and the shell cannot drift from what the tests assert.
import { checkExternalUrl } from './external-url';

/** Strict CSP for every page the app loads: only its own scripts and styles, no remote anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * DevTools only in development. The spellchecker only where the operating system supplies it
 * (macOS): on Windows and Linux Chromium would download Hunspell dictionaries from the internet.
 */
export function secureWebPreferences(preloadPath: string, shell: { development: boolean; platform: NodeJS.Platform }) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // A middle click would open a link in a new window; window.open is denied anyway.
    disableBlinkFeatures: 'Auxclick',
    devTools: shell.development,
    spellcheck: shell.platform === 'darwin',
  } as const;
}

/**
 * Outside addresses the app may hand to the system's browser (window.open, a link with a
 * target): none today, so every one is denied. Add a host here to allow its https pages.
 */
export const allowedExternalHosts: readonly string[] = [];

/** The link, normalised, if the allow-list names its host (https only, no credentials); else null. */
export function allowedExternalLink(raw: string, allowList: readonly string[] = allowedExternalHosts): string | null {
  const check = checkExternalUrl(raw);
  if (!check.ok) return null;
  const url = new URL(check.url);
  return url.protocol === 'https:' && allowList.includes(url.hostname) ? check.url : null;
}

/**
 * A call is only served to the app's own page: app://scrutineer/ (see app-protocol.ts), or the dev
 * server URL electron-vite gives in development.
 */
export function isTrustedSenderUrl(senderUrl: string, rendererUrl: string | undefined, appOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  if (rendererUrl && url.origin === new URL(rendererUrl).origin) return true;
  return `${url.protocol}//${url.host}` === appOrigin;
}
