// Calls the core through the web transport from a test, as the renderer does: for setting up
// data and for checking what was stored. A refused call throws with the core's message.
import type { APIRequestContext } from '@playwright/test';
import type { RunningApp } from './web-app';

export interface Api {
  <T = unknown>(name: string, input: unknown): Promise<T>;
}

export function apiFor(app: Pick<RunningApp, 'url'>, request: APIRequestContext): Api {
  const url = new URL(app.url);
  const token = url.searchParams.get('token')!;
  return async <T,>(name: string, input: unknown) => {
    const response = await request.post(`${url.origin}/api/call`, { headers: { 'x-scrutineer-token': token }, data: { name, input } });
    const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
    return body.value;
  };
}
