// The demo's written report: every narrative section and each criterion's conclusions, so the
// demo exports as a finished (final) report. Wholly fictional; stamped like any other change.
import type { Queryable as Db } from '../../db/open';
import { saveNarrative } from '../../db/queries/narratives';
import { appendTrail } from '../../db/queries/trail';
import { writeTransaction } from '../../db/write';
import { requireActor } from '../audits/actor';

const sections: Record<string, string> = {
  'executive-summary':
    'Seven agencies audited 30 children’s case files together and met at a scrutiny event to agree what the findings mean for children living with neglect in Anyshire.\n\nPractitioners knew the children well: most records describe what daily life is like for the child and what the child said. The Graded Care Profile 2 was used more often than at the last audit.\n\nPlans drifted. Too many plans did not say what an acceptable outcome would look like, were not reviewed when things got worse, and did not include fathers and male carers. The partnership should act on the four recommendations in this report and re-audit in twelve months.',
  purpose:
    'The audit tested how well the partnership’s neglect strategy is embedded in practice: whether children living with neglect are seen, heard and helped early, and whether plans change things for them.',
  limitations:
    'Thirty cases are a small share of the children on plans for neglect, so the figures show patterns to explore rather than rates to quote. Auditors graded their own agency’s work; moderation agreed a multi-agency grade where they differed by two levels or more.',
  voice:
    'Children’s words were recorded in most cases, often by school staff. Parents told auditors that they valued workers who explained the plan in plain words. Practitioners said that caseload changes made it hard to keep the whole history in view.',
  'next-steps':
    'The QA subgroup is asked to agree the recommendations and their owners. Progress will be reported to the subgroup each quarter, and the partnership will re-audit the same criteria in spring 2027.',
  conclusions:
    'The partnership has built on the last audit: the child’s lived experience is visible in most records and assessment tools are used. The weakest areas are plans that drift and goals that cannot be measured. These are the focus of the action plan.',
};

const criteria: Record<string, string> = {
  'child-focus': 'Most records describe the child’s day and what the child said; a few children had not been seen alone for months.',
  'direct-work': 'Direct work was recorded in about half of the cases; where it was, it shaped the plan.',
  'early-help-tools': 'The Graded Care Profile 2 was used more often than at the last audit and informed most plans where it was used.',
  'causes-not-symptoms': 'Assessments named parental mental health and debt as causes, but plans mostly addressed the home conditions seen on visits.',
  'whole-family': 'Fathers and male carers were rarely part of the assessment, even when they lived in the home.',
  'history-cumulative-harm': 'Chronologies were often missing, so earlier episodes of neglect were not weighed when cases were closed.',
  triangulation: 'School attendance was often checked against parents’ accounts; health information was sought less often.',
  'multi-agency': 'Agencies shared information at core groups; health visitors and schools were not always invited to strategy discussions.',
  'relationship-based': 'Families valued workers who stayed with them; changes of worker set plans back.',
  drift: 'Plans were not reviewed when things got worse, and some cases were closed and reopened without a fresh look at the history.',
  'measurable-goals': 'Few plans said what an acceptable outcome would look like for the child or how progress would be measured.',
  'cultural-competence': 'Interpreters were arranged in most cases; in two, a family member interpreted.',
  'professional-curiosity': 'Practitioners asked about the child’s wider world in most cases; explanations for missed appointments were accepted at face value in some.',
};

/** Writes the demo event's narrative: the sections and each criterion's conclusions. */
export function writeDemoNarratives(db: Db, eventId: number): void {
  writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const rows = [
      ...Object.entries(sections).map(([sectionKey, text]) => ({ sectionKey, criterionKey: '', text })),
      ...Object.entries(criteria).map(([criterionKey, text]) => ({ sectionKey: 'findings-by-criterion', criterionKey, text })),
    ];
    for (const row of rows) {
      saveNarrative(tx, { eventId, ...row, updatedBy: actor });
      appendTrail(tx, [{ eventId, actor, entity: 'report', entityId: null, field: row.criterionKey ? `${row.sectionKey}: ${row.criterionKey}` : row.sectionKey, oldValue: '', newValue: row.text }]);
    }
  });
}
