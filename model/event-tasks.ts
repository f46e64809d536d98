// The event as a task list (the GOV.UK task-list pattern): each step of the audit cycle with its
// state and what is left, worked out from counts of the work done. Pure, so the rules are tested
// on their own; core/events/tasks.ts gathers the counts.
import { eventStatuses, type EventStatus } from './statuses';

export const taskKeys = ['plan', 'sample', 'allocate', 'audit', 'moderate', 'present', 'report', 'act'] as const;
export type TaskKey = (typeof taskKeys)[number];

export const taskStates = ['cannot-start', 'not-started', 'in-progress', 'completed'] as const;
export type TaskState = (typeof taskStates)[number];

export const taskStateLabels: Record<TaskState, string> = {
  'cannot-start': 'Cannot start yet',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

export interface Task {
  key: TaskKey;
  title: string;
  state: TaskState;
  /** What has been done, in a sentence ("30 cases sampled"). */
  done: string;
  /** What is left, one line each; empty when the task is completed. */
  left: string[];
}

/** What the task list is worked out from. Audits count only where an agency was allocated the case. */
export interface WorkCounts {
  hasAuditDate: boolean;
  /** Agencies taking part and not archived for the event. */
  agencies: number;
  cases: number;
  /** Cases no agency is allocated to audit. */
  casesUnallocated: number;
  /** (case, agency) pairs allocated. */
  allocated: number;
  /** Of those, returned (submitted or moderated), and started but not returned. */
  returned: number;
  inProgress: number;
  /** Agencies past the return deadline with audits still to return. */
  overdueAgencies: number;
  /** Cases with at least one submitted audit, and of those the cases signed off. */
  casesToModerate: number;
  casesSignedOff: number;
  /** Cases with an agreed grade recorded but not yet signed off. */
  casesModerating: number;
  findings: number;
  narratives: number;
  reportsExported: number;
  recommendations: number;
  recommendationsDone: number;
  recommendationsOverdue: number;
  /** Not done and lacking an owner or a due date. */
  recommendationsIncomplete: number;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function task(key: TaskKey, title: string, state: TaskState, done: string, left: string[]): Task {
  return { key, title, state, done, left: state === 'completed' ? [] : left };
}

function plan(w: WorkCounts): Task {
  const left = [...(w.hasAuditDate ? [] : ['Set the audit date.']), ...(w.agencies > 0 ? [] : ['Choose the agencies taking part.'])];
  const done = `${plural(w.agencies, 'agency takes', 'agencies take')} part${w.hasAuditDate ? '; the audit date is set' : ''}.`;
  return task('plan', 'Plan the audit', left.length === 0 ? 'completed' : 'in-progress', done, left);
}

function sample(w: WorkCounts): Task {
  if (w.cases === 0) return task('sample', 'Sample the cases', 'not-started', 'No cases yet.', ['Import the sampled cases.']);
  return task('sample', 'Sample the cases', 'completed', `${plural(w.cases, 'case', 'cases')} sampled.`, []);
}

function allocate(w: WorkCounts): Task {
  const title = 'Allocate cases to agencies';
  if (w.cases === 0 || w.agencies === 0) return task('allocate', title, 'cannot-start', 'Needs cases and agencies first.', ['Sample the cases and choose the agencies first.']);
  const done = `${plural(w.allocated, 'audit', 'audits')} allocated.`;
  if (w.casesUnallocated === 0) return task('allocate', title, 'completed', done, []);
  const left = [`${plural(w.casesUnallocated, 'case has', 'cases have')} no agency to audit ${w.casesUnallocated === 1 ? 'it' : 'them'}.`];
  return task('allocate', title, w.allocated > 0 ? 'in-progress' : 'not-started', done, left);
}

function audit(w: WorkCounts): Task {
  const title = 'Audit the cases';
  if (w.allocated === 0) return task('audit', title, 'cannot-start', 'Nothing allocated yet.', ['Allocate cases to agencies first.']);
  const done = `${w.returned.toLocaleString('en-GB')} of ${plural(w.allocated, 'audit', 'audits')} returned.`;
  if (w.returned >= w.allocated) return task('audit', title, 'completed', done, []);
  const left = [
    `${plural(w.allocated - w.returned, 'audit', 'audits')} still to return${w.inProgress > 0 ? ` (${w.inProgress.toLocaleString('en-GB')} in progress)` : ''}.`,
    ...(w.overdueAgencies > 0 ? [`${plural(w.overdueAgencies, 'agency is', 'agencies are')} past the return deadline.`] : []),
  ];
  return task('audit', title, w.returned + w.inProgress > 0 ? 'in-progress' : 'not-started', done, left);
}

function moderate(w: WorkCounts, audited: boolean): Task {
  const title = 'Moderate the grades';
  if (w.casesToModerate === 0) return task('moderate', title, 'cannot-start', 'No audit returned yet.', ['Wait for the first audits to be returned.']);
  const done = `${w.casesSignedOff.toLocaleString('en-GB')} of ${plural(w.casesToModerate, 'case', 'cases')} signed off.`;
  const toSign = w.casesToModerate - w.casesSignedOff;
  if (toSign <= 0 && audited) return task('moderate', title, 'completed', done, []);
  const left = [
    ...(toSign > 0 ? [`${plural(toSign, 'case', 'cases')} to moderate and sign off.`] : []),
    ...(audited ? [] : ['More audits are still to come in.']),
  ];
  return task('moderate', title, w.casesSignedOff + w.casesModerating > 0 ? 'in-progress' : 'not-started', done, left);
}

function present(w: WorkCounts): Task {
  const title = 'Present at the scrutiny event';
  if (w.casesToModerate === 0) return task('present', title, 'cannot-start', 'Nothing to present yet.', ['Wait for the first audits to be returned.']);
  if (w.findings > 0) return task('present', title, 'completed', `${plural(w.findings, 'finding', 'findings')} recorded.`, []);
  return task('present', title, 'not-started', 'No findings recorded yet.', ['Present the findings and record what the scrutiny event agreed.']);
}

function report(w: WorkCounts): Task {
  const title = 'Write and export the report';
  if (w.casesToModerate === 0) return task('report', title, 'cannot-start', 'Nothing to report yet.', ['Wait for the first audits to be returned.']);
  const done = `${plural(w.narratives, 'section', 'sections')} written; ${w.reportsExported > 0 ? `exported ${plural(w.reportsExported, 'time', 'times')}` : 'not exported yet'}.`;
  if (w.reportsExported > 0) return task('report', title, 'completed', done, []);
  const left = [...(w.narratives === 0 ? ['Write the narrative (at least the executive summary).'] : []), 'Export the Word report for the QA subgroup.'];
  return task('report', title, w.narratives > 0 ? 'in-progress' : 'not-started', done, left);
}

function act(w: WorkCounts): Task {
  const title = 'Act on the recommendations';
  if (w.recommendations === 0) return task('act', title, 'not-started', 'No recommendations yet.', ['Agree the recommendations, each with an owner and a due date.']);
  const open = w.recommendations - w.recommendationsDone;
  const done = `${w.recommendationsDone.toLocaleString('en-GB')} of ${plural(w.recommendations, 'recommendation', 'recommendations')} done.`;
  if (open === 0) return task('act', title, 'completed', done, []);
  const left = [
    `${plural(open, 'recommendation is', 'recommendations are')} open${w.recommendationsOverdue > 0 ? ` (${w.recommendationsOverdue.toLocaleString('en-GB')} overdue)` : ''}.`,
    ...(w.recommendationsIncomplete > 0 ? [`${plural(w.recommendationsIncomplete, 'has', 'have')} no owner or no due date.`] : []),
  ];
  return task('act', title, 'in-progress', done, left);
}

export function eventTaskList(w: WorkCounts): Task[] {
  const auditTask = audit(w);
  return [plan(w), sample(w), allocate(w), auditTask, moderate(w, auditTask.state === 'completed'), present(w), report(w), act(w)];
}

const started = (t: Task | undefined) => t !== undefined && (t.state === 'in-progress' || t.state === 'completed');

/** The stage the work has reached: the furthest step with anything done. */
export function stageOfWork(tasks: Task[]): EventStatus {
  const by = new Map(tasks.map((t) => [t.key, t]));
  if (['present', 'report'].some((k) => started(by.get(k as TaskKey)))) return 'reporting';
  if (started(by.get('moderate'))) return 'moderation';
  if (started(by.get('audit'))) return 'auditing';
  return 'planning';
}

/** The status shown: the stage of the work, or the recorded status when that is further on (Closed is only ever set by hand). */
export function statusFollowingWork(recorded: EventStatus, work: EventStatus): EventStatus {
  return eventStatuses.indexOf(work) > eventStatuses.indexOf(recorded) ? work : recorded;
}
