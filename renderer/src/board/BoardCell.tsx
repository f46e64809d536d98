// One case × agency cell: each audit as a link (auditor's initials, status, criteria graded), or
// "Not started" with a button that starts the audit as the current user.
import type { BoardCell as Cell } from '@contract/types';
import { AuditStatusBadge } from '../audit/AuditStatusBadge';
import { initials } from './initials';
import { href } from '../router';
import './board.css';

interface Props {
  eventId: number;
  reference: string;
  agencyName: string;
  cell: Cell;
  criteriaCount: number;
  dim: boolean;
  starting: boolean;
  onStart: () => void;
}

export function BoardCell({ eventId, reference, agencyName, cell, criteriaCount, dim, starting, onStart }: Props) {
  return (
    <td className={`pb-cell${dim ? ' pb-cell-dim' : ''}${cell.audits.length === 0 ? ' pb-cell-empty' : ''}${cell.allocated ? '' : ' pb-cell-unallocated'}`}>
      {cell.audits.length === 0 && !cell.allocated ? (
        <span className="pb-not-allocated">Not allocated</span>
      ) : cell.audits.length === 0 ? (
        <div className="pb-empty">
          <span className="pb-not-started">Not started</span>
          <button type="button" className="button button-small" disabled={starting} onClick={onStart}>
            {starting ? 'Starting…' : 'Start'}
            <span className="visually-hidden">
              {' '}
              the {agencyName} audit of {reference}
            </span>
          </button>
        </div>
      ) : (
        <ul className="pb-audits">
          {cell.audits.map((a) => (
            <li key={a.id}>
              <a className="pb-audit" href={href.audit(eventId, a.id)}>
                <span className="pb-initials" title={a.auditor} aria-hidden="true">
                  {initials(a.auditor)}
                </span>
                <span className="visually-hidden">{a.auditor}: </span>
                <AuditStatusBadge status={a.status} />
                <span className="pb-graded">
                  {a.graded}/{criteriaCount}
                  <span className="visually-hidden"> criteria graded</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
