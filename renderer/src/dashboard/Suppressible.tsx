// A figure that may come from fewer than five cases. Suppressed, it says so in words; shown, it
// carries a dagger that the note under the table explains.
import type { ReactNode } from 'react';
import { fewerThan } from './format';

export interface SmallRule {
  suppress: boolean;
  threshold: number;
}

export function Suppressible({ small, rule, children }: { small: boolean; rule: SmallRule; children: ReactNode }) {
  if (!small) return <>{children}</>;
  if (rule.suppress) return <span className="fd-suppressed">{fewerThan(rule.threshold)}</span>;
  return (
    <>
      {children}
      <span className="fd-dagger" aria-hidden="true">
        †
      </span>
      <span className="visually-hidden"> (from {fewerThan(rule.threshold)} cases)</span>
    </>
  );
}

/** The line under a table that has small cells. */
export function SmallNote({ rule, any }: { rule: SmallRule; any: boolean }) {
  if (!any) return null;
  return rule.suppress ? (
    <p className="fd-note">Cells drawn from {fewerThan(rule.threshold)} cases are not shown, so no child can be identified from them.</p>
  ) : (
    <p className="fd-note">
      <span aria-hidden="true">† </span>Drawn from {fewerThan(rule.threshold)} cases: treat with caution and do not publish outside the partnership.
    </p>
  );
}
