// The one check every external link passes before the shell hands it to the operating system:
// only web pages and e-mail, never file:, javascript:, custom schemes or credentials in the URL.
const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkExternalUrl(raw: string): ExternalUrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid address' };
  }
  if (!allowedProtocols.has(url.protocol)) return { ok: false, reason: `links of type ${url.protocol} are not opened` };
  if (url.username || url.password) return { ok: false, reason: 'addresses with a user name or password are not opened' };
  if (url.protocol !== 'mailto:' && !url.hostname) return { ok: false, reason: 'the address has no host' };
  return { ok: true, url: url.toString() };
}
