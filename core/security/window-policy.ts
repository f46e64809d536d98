// The Electron window's security settings as plain data, so they can be tested without Electron
// and the shell cannot drift from what the tests assert.

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

export function secureWebPreferences(preloadPath: string) {
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
    spellcheck: true,
  } as const;
}

/**
 * A call is only served to the app's own page: the packaged file:// renderer, or the dev
 * server URL electron-vite gives in development.
 */
export function isTrustedSenderUrl(senderUrl: string, rendererUrl: string | undefined, rendererFile: string): boolean {
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  if (rendererUrl) {
    const dev = new URL(rendererUrl);
    if (url.origin === dev.origin) return true;
  }
  return url.protocol === 'file:' && decodeURIComponent(url.pathname) === rendererFile.replace(/\\/g, '/').replace(/^([A-Za-z]):/, '/$1:');
}
