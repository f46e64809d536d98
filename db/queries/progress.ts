// Counts of the work done in an event, for its task list: moderation, findings, the report and
// the action plan. (Allocation and returns come from core/allocation.)
import { sql } from 'drizzle-orm';
import type { Queryable as Db } from '../open';

export interface ProgressCounts {
  casesToModerate: number;
  casesSignedOff: number;
  casesModerating: number;
  findings: number;
  narratives: number;
  reportsExported: number;
  recommendations: number;
  recommendationsDone: number;
  recommendationsOverdue: number;
  recommendationsIncomplete: number;
}

export function progressCounts(db: Db, eventId: number, today: string): ProgressCounts {
  const returned = sql`select distinct a.case_id from audits a where a.event_id = ${eventId} and a.status in ('submitted', 'moderated')`;
  const row = db.get<ProgressCounts>(sql`select
    (select count(*) from (${returned})) as casesToModerate,
    (select count(*) from moderations m where m.case_id in (${returned}) and m.locked_at is not null) as casesSignedOff,
    (select count(distinct g.case_id) from moderated_grades g join cases c on c.id = g.case_id
       left join moderations m on m.case_id = g.case_id
       where c.event_id = ${eventId} and m.locked_at is null) as casesModerating,
    (select count(*) from findings where event_id = ${eventId}) as findings,
    (select count(*) from report_narratives where event_id = ${eventId} and trim(text) <> '') as narratives,
    (select count(*) from trail where event_id = ${eventId} and entity = 'export' and field = 'report') as reportsExported,
    (select count(*) from recommendations where event_id = ${eventId}) as recommendations,
    (select count(*) from recommendations where event_id = ${eventId} and status = 'done') as recommendationsDone,
    (select count(*) from recommendations where event_id = ${eventId} and status <> 'done' and due_date is not null and due_date < ${today}) as recommendationsOverdue,
    (select count(*) from recommendations where event_id = ${eventId} and status <> 'done' and (owner_agency_id is null or due_date is null)) as recommendationsIncomplete`);
  return row;
}
