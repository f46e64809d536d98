// Preloaded into Electronegativity by scripts/security-scan.js (node --import): its HTTP client
// (got) fails at once instead of reaching the internet (updated translations, Electron's release
// list), so the scan runs offline; without this, the failed lookups crash it on current Node.
import Module from 'node:module';

const load = Module._load;
Module._load = function offline(request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: the security scan makes no network requests'));
  return load.call(this, request, ...rest);
};
