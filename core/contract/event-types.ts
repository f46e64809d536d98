// What the calls about events and the agencies taking part return. Plain interfaces, like ./types,
// which re-exports them.
import type { AgencyType } from '../../model/agency';
import type { Task } from '../../model/event-tasks';
import type { EventStatus } from '../../model/statuses';

export interface Agency {
  id: number;
  name: string;
  type: AgencyType;
}

export interface EventSummary {
  id: number;
  name: string;
  theme: string;
  partnership: string;
  auditDate: string | null;
  reviewWindowMonths: number;
  classification: string;
  status: EventStatus;
  archivedAt: string | null;
  createdAt: string;
  frameworkKey: string;
  frameworkName: string;
  frameworkVersion: number;
  caseCount: number;
}

/** The event as a task list: each step of the cycle with its state and what is left. */
export interface EventTasks {
  eventId: number;
  /** The status that follows the work (see model/event-tasks). */
  status: EventStatus;
  tasks: Task[];
}

/** An agency as it takes part in one event. */
export interface EventAgency extends Agency {
  /** Archived for this event: no new audits are allocated to it; its audits stay in the figures. */
  archived: boolean;
}

export interface EventDetail extends EventSummary {
  agencies: EventAgency[];
}
