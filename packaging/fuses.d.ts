import type { FuseV1Config } from '@electron/fuses';

export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export const fuseConfig: FuseV1Config & Record<number, boolean>;
export function packagedBinary(context: AfterPackContext): string;
export function flipPackagedFuses(context: AfterPackContext): Promise<void>;
