// What the calls for audits across agencies return (allocation, what each agency still owes):
// plain interfaces, like ./types, which re-exports them.

export interface AllocationAgency {
  id: number;
  name: string;
  auditor: string;
  allocated: number;
}

export interface AllocationCase {
  caseId: number;
  reference: string;
  agenciesInvolved: string[];
  /** Agency ids that audit this case. */
  allocated: number[];
  /** Agency ids the default would give; differences from `allocated` are the facilitator's choices. */
  byDefault: number[];
}

export interface AllocationView {
  eventId: number;
  deadline: string | null;
  agencies: AllocationAgency[];
  cases: AllocationCase[];
}

export interface AllocationChange {
  caseId: number;
  agencyId: number;
  allocated: boolean;
}

export interface OutstandingAgency {
  agencyId: number;
  name: string;
  auditor: string;
  allocated: number;
  submitted: number;
  inProgress: number;
  outstanding: number;
  outstandingReferences: string[];
  overdue: boolean;
  chaser: string;
}

export interface Outstanding {
  eventId: number;
  deadline: string | null;
  today: string;
  agencies: OutstandingAgency[];
}
