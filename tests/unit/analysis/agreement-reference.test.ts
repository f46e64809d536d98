// The agreement figures the dashboard and the report show, against values from outside the app:
// a published worked example and a separate implementation (provenance in
// tests/support/agreement-event.ts). They are checked through the calls the screens make
// (analysis.summary, report.export), not only through the statistics functions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { agreementOf } from '../../../core/analysis/agreement';
import type { DisclosedSummary } from '../../../core/contract/types';
import { openCore } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { itWith } from '../../support/clients';
import { readBytes, type DocxReadBack } from '../../support/read-back';
import { doubleAuditPairs, doubleAuditReference, seedAgreementEvent, withModerationReference } from '../../support/agreement-event';
import { dispatchApi } from '../helpers/dispatch-api';

function expectAgreement(actual: object, expected: Record<string, number>) {
  const figures = actual as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected)) expect(figures[key], key).toBeCloseTo(value, 10);
}

describe('pairwise agreement against reference values', () => {
  it('matches scikit-learn’s kappas and the reference ordinal alpha for paired grades', () => {
    expectAgreement(agreementOf(doubleAuditPairs, [1, 2, 3, 4]), doubleAuditReference);
  });

  it('gives the published alpha for two observers (Krippendorff 2011, binary data: 0.095)', () => {
    // Observer A: 0 1 0 0 0 0 0 0 1 0; observer B: 1 1 1 0 0 1 0 0 0 0. The pairs are not
    // symmetric (three 0→1, one 1→0), and with two categories ordinal alpha equals nominal.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const alpha = agreementOf(a.map((x, i) => [x, b[i]!] as [number, number]), [0, 1]).alphaOrdinal!;
    expect(alpha).toBeCloseTo(0.095, 3);
    expect(alpha).toBeCloseTo(2 / 21, 10);
  });

  it('is the same whichever auditor counts as first', () => {
    const swapped = agreementOf(doubleAuditPairs.map(([x, y]) => [y, x] as [number, number]), [1, 2, 3, 4]);
    expectAgreement(swapped, doubleAuditReference);
  });
});

describe('the agreement the app shows for an event', () => {
  // Built once: what the dashboard's call and the report's call return for the seeded event.
  let summary: DisclosedSummary;
  let report: Buffer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrutineer-agreement-'));
    const core = openCore({ databasePath: join(dir, 'agreement.db'), key: testKey(), host: headlessHost('cli') });
    try {
      const call = dispatchApi(core);
      const { eventId } = await seedAgreementEvent(call);
      summary = await call<DisclosedSummary>('analysis.summary', { eventId });
      report = Buffer.from((await call<{ base64: string }>('report.export', { eventId })).base64, 'base64');
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('analysis.summary (the dashboard’s call) gives the reference figures for double audits and against moderation', () => {
    // Twelve cases behind each: well above the small-number threshold, so nothing is withheld.
    expect(summary.agreement).toMatchObject({ suppressed: false, small: false, cases: 12 });
    expect(summary.agreementWithModeration).toMatchObject({ suppressed: false, small: false, cases: 12 });
    expectAgreement(summary.agreement, doubleAuditReference);
    expectAgreement(summary.agreementWithModeration, withModerationReference);
  });

  itWith('python-docx')('report.export writes them, to two places, in the report’s agreement table', () => {
    const doc = readBytes<DocxReadBack>(report, 'docx');
    const table = doc.tables.find((t) => t.header[0] === 'Measure')!;
    expect(table.cells).toEqual([
      ['Measure', 'Double audits', 'Single-agency against moderated'],
      ['Pairs of grades compared', '12', '24'],
      ['Exact agreement', '50%', '67%'],
      ["Cohen's kappa", '0.32', '0.53'],
      ["Cohen's kappa, linear weights", '0.40', '0.67'],
      ["Cohen's kappa, quadratic weights", '0.50', '0.81'],
      ["Krippendorff's alpha (ordinal)", '0.52', '0.81'],
    ]);
  });
});
