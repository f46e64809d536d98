// Events with grades chosen case by case, for the checks on what leaves the app.
import { startAudit, updateGrade } from '../../../core/audits/service';
import { frameworkForEvent } from '../../../core/audits/event-framework';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import type { CoreApp } from '../../../core/app';
import { createEvent, getEvent } from '../../../core/events/service';
import { csv } from '../helpers/core';

export type Grade = number | 'n/a' | null;

export async function gradedEvent(
  core: CoreApp,
  options: { name: string; auditDate: string; references: string[]; datesOfBirth?: string[]; agencies?: string[]; grade: (caseIndex: number, criterionKey: string, agency: string) => Grade },
) {
  const db = core.store.db;
  const agencies = options.agencies ?? ['Police'];
  const { id: eventId } = createEvent(db, { name: options.name, frameworkKey: 'neglect-what-works', auditDate: options.auditDate, agencies });
  const rows = options.references.map((r, i) => `${r},${options.datesOfBirth?.[i] ?? `0${(i % 9) + 1}/01/2016`}`);
  await importCases(db, { eventId, fileName: 'sample.csv', bytes: csv(['Child ID,DOB', ...rows].join('\n')) });
  const cases = listCases(db, eventId);
  const criteria = frameworkForEvent(db, eventId).criteria.map((c) => c.key);
  const agencyRows = getEvent(db, eventId).agencies;
  for (const [ci, c] of cases.entries()) {
    for (const agency of agencyRows) {
      const audit = startAudit(db, { caseId: c.id, agencyId: agency.id, auditor: `${agency.name} auditor` });
      for (const key of criteria) {
        const g = options.grade(ci, key, agency.name);
        if (g === 'n/a') updateGrade(db, { auditId: audit.id, criterionKey: key, notApplicable: true, notApplicableReason: 'Not relevant.' });
        else if (g !== null) updateGrade(db, { auditId: audit.id, criterionKey: key, value: g });
      }
    }
  }
  return { eventId, cases, criteria, agencies: agencyRows };
}
