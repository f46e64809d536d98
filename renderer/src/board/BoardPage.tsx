// The facilitator's progress board: cases down, the event's agencies across, and in each cell the
// audits recorded (auditor, status, how many criteria are graded). An empty cell offers to start
// the audit as the current user. Filters by status, agency and reference.
import { useMemo, useState } from 'react';
import { call } from '../api/client';
import type { ProgressBoard } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { ageStageLabel, levelOfNeedLabel } from '@model/labels';
import { useLoad } from '../lib/useLoad';
import { href, navigate } from '../router';
import { toShownError, type ShownError } from '../lib/errors';
import { BoardCell } from './BoardCell';
import { PackBanner } from '../exchange/PackBanner';
import { EventSubpage } from '../exchange/EventSubpage';
import { cellMatches, statusFilters, type StatusFilter } from './filters';
import './board.css';
import { auditStatusLabels } from '@model/labels';

export function BoardPage({ eventId }: { eventId: number }) {
  const [board] = useLoad(() => call('audits.board', { eventId }), [eventId]);
  return (
    <EventSubpage eventId={eventId} title="Progress board">
      <PackBanner eventId={eventId} />
      {board.state === 'loading' && <Loading what="Loading the progress board" />}
      {board.state === 'error' && <ErrorBanner title="The progress board could not be loaded" error={board.error} />}
      {board.state === 'ready' && <Board eventId={eventId} board={board.value} />}
    </EventSubpage>
  );
}

function Board({ eventId, board }: { eventId: number; board: ProgressBoard }) {
  const [status, setStatus] = useState<StatusFilter>('any');
  const [agencyFilter, setAgencyFilter] = useState('');
  const [text, setText] = useState('');
  const [starting, setStarting] = useState<string | null>(null);
  const [error, setError] = useState<ShownError | null>(null);

  const agencies = agencyFilter ? board.agencies.filter((a) => String(a.id) === agencyFilter) : board.agencies;
  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const shownIds = new Set(agencies.map((a) => a.id));
    return board.rows.filter(
      (row) =>
        (!needle || row.reference.toLowerCase().includes(needle)) &&
        (status === 'any' || row.cells.some((cell) => shownIds.has(cell.agencyId) && cellMatches(cell, status))),
    );
  }, [board, agencies, status, text]);

  async function start(caseId: number, agencyId: number) {
    setStarting(`${caseId}:${agencyId}`);
    setError(null);
    try {
      const audit = await call('audits.start', { caseId, agencyId });
      navigate(href.audit(eventId, audit.id));
    } catch (e) {
      setError(toShownError(e));
      setStarting(null);
    }
  }

  const t = board.totals;
  const totals: [string, number][] = [
    ['No audit yet', t.missing],
    [auditStatusLabels['not-started'], t.notStarted],
    [auditStatusLabels['in-progress'], t.inProgress],
    [auditStatusLabels.submitted, t.submitted],
    [auditStatusLabels.moderated, t.moderated],
  ];
  return (
    <>
      <dl className="counts pb-totals" aria-label="Totals">
        {totals.map(([label, n]) => (
          <div key={label} className="count">
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <p className="actions">
        <a className="button" href={href.allocation(eventId)}>
          Allocation
        </a>
        <a className="button" href={href.outstanding(eventId)}>
          Outstanding by agency
        </a>
      </p>
      <p className="hint">
        Totals count allocated audits only.{' '}
        {board.rows.length} {board.rows.length === 1 ? 'case' : 'cases'} × {board.agencies.length} {board.agencies.length === 1 ? 'agency' : 'agencies'}; the framework has {board.criteriaCount} criteria.
      </p>

      <div className="table-controls pb-filters">
        <div className="field">
          <label htmlFor="board-status">Status</label>
          <select id="board-status" className="input" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            {statusFilters.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="board-agency">Agency</label>
          <select id="board-agency" className="input" value={agencyFilter} onChange={(e) => setAgencyFilter(e.target.value)}>
            <option value="">All agencies</option>
            {board.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="board-reference">Case reference</label>
          <input id="board-reference" className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      <p className="table-count" role="status">
        Showing {rows.length} of {board.rows.length} {board.rows.length === 1 ? 'case' : 'cases'}
      </p>
      <ErrorBanner error={error} title="The audit was not started" onDismiss={() => setError(null)} />

      {board.agencies.length === 0 ? (
        <div className="empty-state">
          <h2>No agencies yet</h2>
          <p>
            Add the agencies that take part <a href={href.event(eventId)}>on the event page</a>; each gets a column here.
          </p>
        </div>
      ) : board.rows.length === 0 ? (
        <div className="empty-state">
          <h2>No cases yet</h2>
          <p>
            <a href={href.eventImport(eventId)}>Import the sampled cases</a>; each gets a row here.
          </p>
        </div>
      ) : (
        <div className="pb-scroller">
          <table className="data-table pb-table">
            <caption className="visually-hidden">Audits by case and agency</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                {agencies.map((a) => (
                  <th key={a.id} scope="col">
                    {a.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.caseId}>
                  <th scope="row">
                    <a href={href.caseDetail(eventId, row.caseId)}>{row.reference}</a>
                    {row.moderated && <span className="audit-status audit-status-moderated pb-moderated">Moderated</span>}
                    <span className="pb-case-meta">{[ageStageLabel(row.ageStage), levelOfNeedLabel(row.levelOfNeed)].filter(Boolean).join(' · ')}</span>
                  </th>
                  {agencies.map((agency) => {
                    const cell = row.cells.find((c) => c.agencyId === agency.id) ?? { agencyId: agency.id, allocated: false, audits: [] };
                    return (
                      <BoardCell
                        key={agency.id}
                        eventId={eventId}
                        reference={row.reference}
                        agencyName={agency.name}
                        cell={cell}
                        criteriaCount={board.criteriaCount}
                        dim={status !== 'any' && !cellMatches(cell, status)}
                        starting={starting === `${row.caseId}:${agency.id}`}
                        onStart={() => void start(row.caseId, agency.id)}
                      />
                    );
                  })}
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={agencies.length + 1} className="pb-none">
                    No cases match these filters.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
