// How the renderer reaches the core: through the preload bridge inside Electron, or over the
// token-guarded loopback HTTP transport when the same UI runs in a browser (tests, dev:web).
import type { CallName, CallResult } from '@contract/names';

export interface Bridge {
  call(name: CallName, input: unknown): Promise<CallResult<unknown>>;
}

declare global {
  interface Window {
    scrutineer?: Bridge;
  }
}

const TOKEN_KEY = 'scrutineer.token';

/** The web transport's token arrives once in the URL (?token=...) and is kept for this tab only. */
function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    const clean = new URL(window.location.href);
    clean.searchParams.delete('token');
    window.history.replaceState(null, '', clean.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function webBridge(): Bridge {
  const token = webToken();
  return {
    async call(name, input) {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scrutineer-token': token },
        body: JSON.stringify({ name, input }),
      });
      if (response.status === 401) {
        return { ok: false, error: { code: 'UNAUTHORISED', message: 'This page is not connected to Scrutineer (missing or wrong token). Open the address the server printed.' } };
      }
      return (await response.json()) as CallResult<unknown>;
    },
  };
}

export const bridge: Bridge = window.scrutineer ?? webBridge();
