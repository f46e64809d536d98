// The desktop app's key sealer: Electron's safeStorage (DPAPI on Windows, the Keychain on macOS,
// libsecret on Linux). Only this adapter touches it; what to seal and when lives in core/keys.
import { safeStorage } from 'electron';
import type { KeySealer } from '../core/keys/unlock';

const names: Record<string, string> = { win32: 'Windows (DPAPI)', darwin: 'the macOS Keychain' };

export function safeStorageSealer(): KeySealer {
  return {
    name: names[process.platform] ?? "the desktop's keyring (libsecret)",
    // On Linux without a keyring safeStorage falls back to a fixed password: that is no protection.
    available: () =>
      safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    seal: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
