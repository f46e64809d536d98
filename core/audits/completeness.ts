// What an audit still needs before it can be submitted: every criterion graded, or marked not
// applicable with a reason; a rationale wherever the grade is below good; an overall judgement.
import type { AuditSummary, Gap, Grade } from '../contract/types';
import type { EventFramework } from './event-framework';

export function completenessGaps(fw: EventFramework, audit: Pick<AuditSummary, 'overallValue'>, grades: Map<string, Grade>): Gap[] {
  const gaps: Gap[] = [];
  for (const criterion of fw.criteria) {
    const grade = grades.get(criterion.key);
    if (!grade || (grade.value === null && !grade.notApplicable)) {
      gaps.push({ criterionKey: criterion.key, message: `${criterion.title}: give a grade or mark it not applicable.` });
    } else if (grade.notApplicable && !grade.notApplicableReason.trim()) {
      gaps.push({ criterionKey: criterion.key, message: `${criterion.title}: say why it is not applicable.` });
    } else if (grade.value !== null && grade.value < fw.goodOrBetterFrom && !grade.rationale.trim()) {
      gaps.push({ criterionKey: criterion.key, message: `${criterion.title}: explain the judgement ("why this judgement") for a grade below good.` });
    }
  }
  if (audit.overallValue === null) gaps.push({ criterionKey: null, message: 'Give an overall judgement.' });
  return gaps;
}
