// A really full disk for tests: a tmpfs of a chosen size mounted in a private mount namespace
// (`unshare -rm`, no root needed where user namespaces are allowed), so writes fail with ENOSPC
// as on a full drive. The mount lives only as long as the script run inside it.
import { spawnSync } from 'node:child_process';

let allowed: boolean | undefined;

/** Whether this machine lets a process mount a tmpfs in its own namespace. */
export function canMountSmallDisk(): boolean {
  allowed ??= spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs /tmp'], { stdio: 'ignore' }).status === 0;
  return allowed;
}

/**
 * Runs a bash script with a tmpfs of sizeKb mounted on mountPoint (an existing empty folder);
 * the script's own arguments follow. Returns its exit code and output.
 */
export function withSmallDisk(mountPoint: string, sizeKb: number, script: string, args: string[] = []): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('unshare', ['-rm', 'bash', '-c', `set -u; mount -t tmpfs -o size=${sizeKb}k,mode=0700 tmpfs "$0" || exit 99; ${script}`, mountPoint, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
