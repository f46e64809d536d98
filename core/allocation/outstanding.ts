// What each agency still owes: allocated cases without a submitted (or moderated) audit from
// that agency, overdue first, with a chaser to copy into an email. The chaser carries counts and
// the agency's own case references only: nothing about the children.
import type { Queryable } from '../../db/open';
import { auditsOfEvent } from '../../db/queries/audits';
import { getEvent } from '../events/service';
import { todayIso } from '../../model/dates';
import { allocationView } from './service';
import type { Outstanding, OutstandingAgency } from '../contract/types';

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function chaserText(eventName: string, marking: string, a: Omit<OutstandingAgency, 'chaser'>, deadline: string | null): string {
  const greeting = a.auditor ? `Dear ${a.auditor},` : `Dear colleague in ${a.name},`;
  const due = deadline ? (a.overdue ? `The returns were due on ${longDate(deadline)}.` : `The returns are due by ${longDate(deadline)}.`) : '';
  return [
    `${marking}`,
    `Subject: ${eventName}: ${a.outstanding} ${a.outstanding === 1 ? 'audit' : 'audits'} still to return`,
    '',
    greeting,
    '',
    `${a.name} has returned ${a.submitted} of the ${a.allocated} case ${a.allocated === 1 ? 'audit' : 'audits'} allocated for ${eventName}${a.inProgress ? ` (${a.inProgress} more in progress)` : ''}. ${due}`.trim(),
    '',
    `Still to return (your agency's case references): ${a.outstandingReferences.join(', ')}.`,
    '',
    'Please complete them in your audit pack and send the return file, or the workbook, by the usual secure route.',
    '',
    'Thank you.',
  ].join('\n');
}

export function outstandingByAgency(db: Queryable, eventId: number, now = new Date()): Outstanding {
  const event = getEvent(db, eventId);
  const view = allocationView(db, eventId);
  const today = todayIso(now);
  const overdueDate = view.deadline !== null && view.deadline < today;
  const byCell = new Map<string, string[]>();
  for (const a of auditsOfEvent(db, eventId)) byCell.set(`${a.caseId}:${a.agencyId}`, [...(byCell.get(`${a.caseId}:${a.agencyId}`) ?? []), a.status]);
  const agencies = view.agencies.map((agency) => {
    let submitted = 0;
    let inProgress = 0;
    const outstandingReferences: string[] = [];
    for (const c of view.cases) {
      if (!c.allocated.includes(agency.id)) continue;
      const statuses = byCell.get(`${c.caseId}:${agency.id}`) ?? [];
      if (statuses.some((s) => s === 'submitted' || s === 'moderated')) submitted++;
      else {
        if (statuses.includes('in-progress')) inProgress++;
        outstandingReferences.push(c.reference);
      }
    }
    const outstanding = outstandingReferences.length;
    const row = { agencyId: agency.id, name: agency.name, auditor: agency.auditor, allocated: agency.allocated, submitted, inProgress, outstanding, outstandingReferences, overdue: overdueDate && outstanding > 0 };
    return { ...row, chaser: outstanding > 0 ? chaserText(event.name, event.classification, row, view.deadline) : '' };
  });
  agencies.sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.outstanding - a.outstanding || a.name.localeCompare(b.name));
  return { eventId, deadline: view.deadline, today, agencies };
}
