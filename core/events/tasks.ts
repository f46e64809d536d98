// The event's task list and the status that follows the work. The counts come from the same
// places the screens read (allocation, what each agency still owes, moderation, findings, the
// report and the action plan), so the list never disagrees with the page it links to.
import type { Queryable as Db } from '../../db/open';
import { progressCounts } from '../../db/queries/progress';
import { todayIso } from '../../model/dates';
import { eventTaskList, stageOfWork, statusFollowingWork, type WorkCounts } from '../../model/event-tasks';
import type { EventStatus } from '../../model/statuses';
import { outstandingByAgency } from '../allocation/outstanding';
import { allocationView } from '../allocation/service';
import type { EventSummary, EventTasks } from '../contract/types';
import { getEvent } from './service';

export function workCounts(db: Db, eventId: number, now = new Date()): WorkCounts {
  const event = getEvent(db, eventId);
  const view = allocationView(db, eventId);
  const owed = outstandingByAgency(db, eventId, now);
  const sum = (pick: (a: (typeof owed.agencies)[number]) => number) => owed.agencies.reduce((n, a) => n + pick(a), 0);
  return {
    hasAuditDate: event.auditDate !== null,
    agencies: view.agencies.length,
    cases: view.cases.length,
    casesUnallocated: view.cases.filter((c) => c.allocated.length === 0).length,
    allocated: sum((a) => a.allocated),
    returned: sum((a) => a.submitted),
    inProgress: sum((a) => a.inProgress),
    overdueAgencies: owed.agencies.filter((a) => a.overdue).length,
    ...progressCounts(db, eventId, todayIso(now)),
  };
}

export function eventTasks(db: Db, eventId: number, now = new Date()): EventTasks {
  const event = getEvent(db, eventId);
  const tasks = eventTaskList(workCounts(db, eventId, now));
  return { eventId, status: statusFollowingWork(event.status, stageOfWork(tasks)), tasks };
}

/** The event with the status its work has reached (the recorded one when that is further on). */
export function withWorkStatus<E extends EventSummary>(db: Db, event: E): E {
  const status: EventStatus = statusFollowingWork(event.status, stageOfWork(eventTaskList(workCounts(db, event.id))));
  return { ...event, status };
}
