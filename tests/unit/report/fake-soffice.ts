// A stand-in for LibreOffice's soffice in the PDF copy's tests: a shell script that logs its
// arguments and copies one of the PDFs in tests/fixtures/report (made once by LibreOffice, see
// pdf-copy.test.ts) to where soffice would write its output.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeTempDir } from '../helpers/temp';

export const fixture = (name: string) => resolve('tests/fixtures/report', name);

/**
 * A stand-in for soffice: logs its arguments, then copies the n-th of `pdfs` (the last once they
 * run out) to report.pdf in the --outdir folder, or exits with `exit` and writes nothing.
 */
export function converter(pdfs: string[], options: { exit?: number } = {}): { path: string; calls: () => string[][] } {
  const dir = makeTempDir('scrutineer-fake-soffice-');
  const log = join(dir, 'calls.log');
  const path = join(dir, 'soffice');
  const list = pdfs.map((p) => `'${fixture(p)}'`).join(' ');
  writeFileSync(
    path,
    `#!/bin/sh
printf '%s\\t' "$@" >> '${log}'; echo >> '${log}'
${options.exit ? `exit ${options.exit}` : ''}
n=$(wc -l < '${log}'); i=0; pick=''
for pdf in ${list}; do i=$((i + 1)); pick="$pdf"; [ "$i" -ge "$n" ] && break; done
[ -n "$pick" ] || exit 0
while [ "$#" -gt 0 ]; do [ "$1" = --outdir ] && out="$2"; shift; done
cp "$pick" "$out/report.pdf"
`,
  );
  chmodSync(path, 0o755);
  return { path, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split('\t').filter(Boolean)) : []) };
}
