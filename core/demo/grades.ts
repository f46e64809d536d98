// Fictional audit grades for a whole event, written in one transaction with prepared statements:
// for the bench (a thousand cases) and the demo event. Grades lean towards "requires
// improvement" and "good", with a few not applicable, and auditors of a double audit mostly agree.
import type { OpenedDatabase } from '../../db/open';
import { writeTransactionRaw } from '../../db/write';
import { frameworkForEvent } from '../audits/event-framework';
import { seededRandom } from './random';

export interface GradeSeedOptions {
  eventId: number;
  caseIds: number[];
  agencyIds: number[];
  /** Share of case × agency audits done twice by a second auditor. */
  doubleAuditShare?: number;
  /** Share of criteria marked not applicable. */
  notApplicableShare?: number;
  /** What an audit says about the difference made for the child (by case and agency index); '' when not answered. */
  differenceMade?: (caseIndex: number, agencyIndex: number) => string;
  /** Moderate every case (agreed grades and overall) and sign it off. */
  moderate?: boolean;
  seed?: number;
  /** Shifts a criterion's grades up (+) or down (−) the scale, so criteria differ as in real audits. */
  criterionBias?: Record<string, number>;
  auditorOf?: (agencyIndex: number, second: boolean) => string;
  evidence?: (criterionKey: string, value: number, random: () => number) => string;
}

export function seedGrades(store: OpenedDatabase, options: GradeSeedOptions): { audits: number; grades: number } {
  const fw = frameworkForEvent(store.db, options.eventId);
  const values = [...fw.levelByValue.keys()].sort((a, b) => a - b);
  const random = seededRandom(options.seed ?? 1);
  const sqlite = store.sqlite;
  const insertAudit = sqlite.prepare(
    `INSERT INTO audits (event_id, case_id, agency_id, auditor, status, overall_value, overall_rationale, strengths, areas_for_development, difference_made, submitted_at)
     VALUES (?, ?, ?, ?, 'submitted', ?, '', ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) RETURNING id`,
  );
  const insertGrade = sqlite.prepare('INSERT INTO grades (audit_id, criterion_key, value, not_applicable, not_applicable_reason, rationale, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertModerated = sqlite.prepare('INSERT INTO moderated_grades (case_id, criterion_key, value, rationale) VALUES (?, ?, ?, ?)');
  const insertModeration = sqlite.prepare(
    `INSERT INTO moderations (case_id, overall_value, overall_rationale, locked_at, signed_off_by, signed_off_on) VALUES (?, ?, 'Agreed at the moderation panel.', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Fictional Panel Chair', date('now'))`,
  );
  // A case's underlying quality, so agencies' grades for one child hang together.
  const gradeNear = (centre: number) => {
    const step = random() < 0.6 ? 0 : random() < 0.5 ? -1 : 1;
    const index = Math.min(values.length - 1, Math.max(0, centre + step));
    return values[index]!;
  };
  const auditor = options.auditorOf ?? ((i: number, second: boolean) => `Fictional Auditor ${i + 1}${second ? 'B' : 'A'}`);
  let audits = 0;
  let grades = 0;
  writeTransactionRaw(sqlite, () => {
    for (const [caseIndex, caseId] of options.caseIds.entries()) {
      const centre = Math.min(values.length - 1, Math.floor(random() * values.length * 0.9) + (random() < 0.3 ? 1 : 0));
      const perCriterion = new Map<string, number[]>();
      options.agencyIds.forEach((agencyId, a) => {
        const rounds = random() < (options.doubleAuditShare ?? 0) ? 2 : 1;
        for (let r = 0; r < rounds; r++) {
          const overall = gradeNear(centre);
          const auditId = (insertAudit.get(options.eventId, caseId, agencyId, auditor(a, r === 1), overall, 'Regular contact with the family.', 'Plans need measurable goals.', options.differenceMade?.(caseIndex, a) ?? '') as { id: number }).id;
          audits++;
          for (const criterion of fw.criteria) {
            if (random() < (options.notApplicableShare ?? 0.04)) {
              insertGrade.run(auditId, criterion.key, null, 1, 'Not relevant to this agency\u2019s involvement.', '', '');
            } else {
              const value = gradeNear(centre + (options.criterionBias?.[criterion.key] ?? 0) * (random() < 0.5 ? 1 : 0));
              const rationale = value < fw.goodOrBetterFrom ? 'The record does not show this consistently.' : '';
              insertGrade.run(auditId, criterion.key, value, 0, '', rationale, options.evidence?.(criterion.key, value, random) ?? '');
              perCriterion.set(criterion.key, [...(perCriterion.get(criterion.key) ?? []), value]);
            }
            grades++;
          }
        }
      });
      if (options.moderate) {
        for (const criterion of fw.criteria) {
          const given = perCriterion.get(criterion.key) ?? [values[centre]!];
          const agreed = given.slice().sort((a, b) => a - b)[Math.floor(given.length / 2)]!;
          insertModerated.run(caseId, criterion.key, agreed, 'Agreed after discussion of each agency\u2019s evidence.');
        }
        insertModeration.run(caseId, values[centre]!);
      }
    }
    if (options.moderate) sqlite.prepare("UPDATE audits SET status = 'moderated' WHERE event_id = ?").run(options.eventId);
  });
  return { audits, grades };
}
