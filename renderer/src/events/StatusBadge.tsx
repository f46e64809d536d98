// The event's stage in the cycle, as a small labelled chip.
import { statusLabel } from '@model/labels';

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status-badge status-${status}`}>{statusLabel(status)}</span>;
}
