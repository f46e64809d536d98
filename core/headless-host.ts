// The host for runs without a desktop shell (CLI, web transport, bench): it has no OS viewer or
// browser to hand links and files to, and says so by returning false.
import type { Host } from './handlers';
import { APP_VERSION } from './version';

export function headlessHost(transport: Host['transport']): Host {
  return { transport, appVersion: APP_VERSION, openPath: async () => false };
}
