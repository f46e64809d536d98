// checkExternalUrl: the single gate for links handed to the operating system.
import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../core/security/external-url';

describe('allowed', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/guidance/neglect?tab=2#what-works', 'https://example.org/guidance/neglect?tab=2#what-works'],
    ['http://example.org/page', 'http://example.org/page'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['https://example.org:8443/x', 'https://example.org:8443/x'],
    ['mailto:safeguarding@example.org', 'mailto:safeguarding@example.org'],
    ['mailto:team@example.org?subject=Audit%20pack', 'mailto:team@example.org?subject=Audit%20pack'],
    ['  https://example.org/trimmed  ', 'https://example.org/trimmed'],
  ])('%j → %j', (raw, normalised) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, url: normalised });
  });
});

describe('refused', () => {
  it.each([
    ['javascript:alert(1)', /links of type javascript: are not opened/],
    ['JavaScript:alert(document.cookie)', /javascript:/],
    ['file:///C:/Windows/System32/calc.exe', /links of type file:/],
    ['file:///etc/passwd', /links of type file:/],
    ['data:text/html;base64,PHNjcmlwdD4=', /links of type data:/],
    ['vbscript:msgbox(1)', /links of type vbscript:/],
    ['ftp://example.org/file', /links of type ftp:/],
    ['smb://server/share', /links of type smb:/],
    ['ms-settings:privacy', /links of type ms-settings:/],
    ['scrutineer://open', /links of type scrutineer:/],
    ['blob:https://example.org/uuid', /links of type blob:/],
    ['https://user:password@example.org/', /user name or password/],
    ['https://user@example.org/', /user name or password/],
    ['http://:secret@example.org/', /user name or password/],
    ['example.org', /not a valid address/],
    ['/relative/path', /not a valid address/],
    ['', /not a valid address/],
    ['https://', /not a valid address/],
  ])('%j', (raw, reason) => {
    const result = checkExternalUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('a URL whose host looks like a credential-bearing one is judged by its real host', () => {
    // "example.org@evil.test": the part before @ is a user name, so this is refused.
    expect(checkExternalUrl('https://example.org@evil.test/').ok).toBe(false);
  });
});
