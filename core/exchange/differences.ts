// What differs between the facilitator's audit and the incoming one, field by field, in words:
// shown side by side in the preview so the user can choose.
import type { EventFramework } from '../audits/event-framework';
import { describeGrade } from '../audits/event-framework';
import type { AuditContent, GradeContent } from './formats';
import type { Difference } from '../contract/types';
import { auditStatusLabel } from '../../model/labels';

const textLabels = {
  overallRationale: 'Overall reasons',
  strengths: 'Strengths',
  areasForDevelopment: 'Areas for development',
  differenceMade: 'Difference made for the child',
  actions: 'Actions',
} as const;
const gradeTextLabels = { notApplicableReason: 'reason not applicable', rationale: 'why this judgement', evidence: 'evidence' } as const;

export function differences(fw: EventFramework, mine: AuditContent | null, theirs: AuditContent): Difference[] {
  const out: Difference[] = [];
  const push = (field: string, label: string, a: string, b: string) => {
    if (a !== b) out.push({ field, label, mine: a, theirs: b });
  };
  push('status', 'Status', mine ? auditStatusLabel(mine.status) : '(no audit)', auditStatusLabel(theirs.status));
  const myGrades = new Map((mine?.grades ?? []).map((g) => [g.criterionKey, g]));
  const theirGrades = new Map(theirs.grades.map((g) => [g.criterionKey, g]));
  for (const criterion of fw.criteria) {
    const a: GradeContent | undefined = myGrades.get(criterion.key);
    const b: GradeContent | undefined = theirGrades.get(criterion.key);
    push(`${criterion.key}.grade`, `${criterion.title}: grade`, a ? describeGrade(fw, a.value, a.notApplicable) : '', b ? describeGrade(fw, b.value, b.notApplicable) : '');
    for (const [f, label] of Object.entries(gradeTextLabels) as [keyof typeof gradeTextLabels, string][]) push(`${criterion.key}.${f}`, `${criterion.title}: ${label}`, a?.[f] ?? '', b?.[f] ?? '');
  }
  push('overallValue', 'Overall judgement', mine ? describeGrade(fw, mine.overallValue, false) : '', describeGrade(fw, theirs.overallValue, false));
  for (const [f, label] of Object.entries(textLabels) as [keyof typeof textLabels, string][]) push(f, label, mine?.[f] ?? '', theirs[f]);
  return out;
}
