// An audit's status as a small chip: not started, in progress, submitted, moderated.
import { auditStatusLabel } from '@model/labels';
import './audit.css';

export function AuditStatusBadge({ status }: { status: string }) {
  return <span className={`audit-status audit-status-${status}`}>{auditStatusLabel(status)}</span>;
}
