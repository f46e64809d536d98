// Audit statuses and grades in the words people use, shared by the workspace, the case page and
// the progress board.
import type { AuditRow } from '../../../db/queries/audits';
import type { FrameworkDefinition, ScaleLevel } from '../../../core/frameworks/definition';

export type AuditStatus = AuditRow['status'];

export const auditStatusLabels: Record<AuditStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  moderated: 'Moderated',
};

export function auditStatusLabel(status: string): string {
  return auditStatusLabels[status as AuditStatus] ?? status;
}

/** The scale's levels best first, as every list and shortcut numbers them (1 = the best). */
export function levelsBestFirst(framework: Pick<FrameworkDefinition, 'scale'>): ScaleLevel[] {
  return framework.scale.levels.toSorted((a, b) => b.value - a.value);
}

/** "Alex Smith" -> "AS"; one word gives its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/[\s.-]+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words[words.length - 1]![0]!).toUpperCase();
}
