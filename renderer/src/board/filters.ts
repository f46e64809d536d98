// The progress board's status filter: which cells count as "missing", "in progress" and so on.
import type { BoardCell } from '@contract/types';
import { auditStatusLabels } from '@model/labels';
import { auditStatuses, type AuditStatus } from '@model/statuses';

export type StatusFilter = 'any' | 'missing' | AuditStatus;

export const statusFilters: { value: StatusFilter; label: string }[] = [
  { value: 'any', label: 'Any status' },
  { value: 'missing', label: 'Missing (no audit yet)' },
  ...auditStatuses.map((status) => ({ value: status, label: auditStatusLabels[status] })),
];

export function cellMatches(cell: BoardCell, status: StatusFilter): boolean {
  if (status === 'any') return true;
  if (status === 'missing') return cell.allocated && cell.audits.length === 0;
  // An empty allocated cell has not started either.
  if (status === 'not-started' && cell.allocated && cell.audits.length === 0) return true;
  return cell.audits.some((a) => a.status === status);
}
