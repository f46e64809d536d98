// The fuses the packaging hook flips (packaging/fuses.js), on a stand-in Electron binary: the fuse
// sentinel and a wire of nine fuses as Electron ships them, then read back with @electron/fuses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig, packagedBinary } from '../../../packaging/fuses.js';
import { makeTempDir } from '../helpers/temp';

const { ENABLE: on, DISABLE: off } = FuseState;
/** The marker Electron puts before its fuse wire (@electron/fuses's constants, not exported by the package). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect, file:// privileges and wasm traps on; the rest off. */
const shipped = [on, off, on, on, off, off, off, on, on];

function standInBinary(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([Buffer.from('\x7fELF stand-in '), Buffer.from(SENTINEL), Buffer.from([1, shipped.length, ...shipped]), Buffer.alloc(64, 0x2e)]));
  return path;
}

describe('Electron fuses at packaging time', () => {
  it('the afterPack hook flips RunAsNode and NODE_OPTIONS off, cookie encryption, asar-only and asar integrity on', async () => {
    const dir = makeTempDir();
    standInBinary(dir, 'scrutineer');
    const context = { appOutDir: dir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Scrutineer' }, executableName: 'scrutineer' } };
    const { default: afterPack } = (await import('../../../packaging/after-pack.cjs')) as { default: (context: unknown) => Promise<void> };
    await afterPack(context);
    const wire = await getCurrentFuseWire(join(dir, 'scrutineer'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      onlyFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({ runAsNode: off, nodeOptions: off, inspect: off, cookieEncryption: on, onlyFromAsar: on, asarIntegrity: on, fileProtocolPrivileges: off });
  });

  it('every fuse is decided, so a new one in a later Electron stops the build until it is', () => {
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true);
    const decided = Object.keys(fuseConfig).filter((key) => /^\d+$/.test(key)).map(Number);
    expect(decided.sort((a, b) => a - b)).toEqual(Object.values(FuseV1Options).filter((v) => typeof v === 'number'));
  });

  it('finds the packaged binary on each platform', () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'Scrutineer.app'));
    const packager = { appInfo: { productFilename: 'Scrutineer' }, executableName: 'scrutineer' };
    expect(packagedBinary({ appOutDir: dir, electronPlatformName: 'darwin', packager })).toBe(join(dir, 'Scrutineer.app'));
    expect(packagedBinary({ appOutDir: dir, electronPlatformName: 'win32', packager })).toBe(join(dir, 'Scrutineer.exe'));
    expect(packagedBinary({ appOutDir: dir, electronPlatformName: 'linux', packager })).toBe(join(dir, 'scrutineer'));
  });
});
