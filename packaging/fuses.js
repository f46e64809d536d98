// The Electron fuses the packaged app flips (see README "Security"): switches compiled into the
// Electron binary that no script, environment variable or command-line argument can turn back.
// packaging/after-pack.cjs calls flipPackagedFuses on the packaged binary; the test flips a
// stand-in binary and reads the wire back.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Every fuse set explicitly (strictlyRequireAllFuses), so a new fuse in a later Electron fails the build until decided. */
export const fuseConfig = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  resetAdHocDarwinSignature: process.platform === 'darwin' && process.arch === 'arm64',
  // ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium storage on disk encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS cannot inject code or flags into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends cannot attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash recorded at packaging time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose app folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, so file:// needs none of its old extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** The packaged Electron binary, from electron-builder's afterPack context. */
export function packagedBinary(context) {
  const name = context.packager.appInfo.productFilename;
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') return join(context.appOutDir, `${name}.app`);
  if (context.electronPlatformName === 'win32') return join(context.appOutDir, `${name}.exe`);
  return join(context.appOutDir, context.packager.executableName);
}

export async function flipPackagedFuses(context) {
  await flipFuses(packagedBinary(context), fuseConfig);
}
