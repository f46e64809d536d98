// Runs the real `scrutineer` command (bin/scrutineer.js, as installed) in a child process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): Promise<CliRun> {
  return runCliWith({}, ...args);
}

/**
 * The CLI under a wrapper command (e.g. setpriv, or `bash -c 'ulimit ...; exec "$@"'`) and with
 * extra environment variables.
 */
export function runCliWith(options: { wrapper?: string[]; env?: NodeJS.ProcessEnv }, ...args: string[]): Promise<CliRun> {
  const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
  return new Promise((resolve) => {
    execFile(
      command!,
      [...prefix, 'bin/scrutineer.js', ...args],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SCRUTINEER_DEBUG: '', ...options.env } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

export function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}
