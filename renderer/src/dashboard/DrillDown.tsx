// The cases behind a row or cell: the audited cases that match the filters (for an agency cell,
// those that agency audited), each linked to its case page where the grades can be read.
import { useEffect, useRef } from 'react';
import { call } from '../api/client';
import type { CaseView } from '@contract/types';
import type { CallValue } from '@contract/contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { ageStageLabel, levelOfNeedLabel } from '@model/labels';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import type { FilterState } from './query';

export interface Drill {
  criterionKey: string | null;
  agencyId: number | null;
  heading: string;
}

interface Props {
  eventId: number;
  drill: Drill;
  filters: FilterState;
  onClose: () => void;
}

function caseMatches(c: CaseView, f: FilterState): boolean {
  if (f.ageStages.length && !f.ageStages.includes(c.ageStage ?? 'not-recorded')) return false;
  if (f.levelsOfNeed.length && !f.levelsOfNeed.includes(c.levelOfNeed ?? 'not-recorded')) return false;
  if (f.neglectTypes.length) {
    const types = c.neglectTypes.length ? c.neglectTypes : ['not-recorded'];
    if (!f.neglectTypes.some((t) => types.includes(t))) return false;
  }
  return true;
}

export function DrillDown({ eventId, drill, filters, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded] = useLoad(async () => {
    const [audits, cases] = await Promise.all([call('audits.list', { eventId }), call('cases.list', { eventId })]);
    return { audits, cases };
  }, [eventId]);
  useEffect(() => heading.current?.focus(), [drill]);

  let body;
  if (loaded.state === 'loading') body = <Loading what="Finding the cases" />;
  else if (loaded.state === 'error') body = <ErrorBanner title="The cases could not be listed" error={loaded.error} />;
  else {
    const agencies = drill.agencyId !== null ? [drill.agencyId] : filters.agencyIds;
    const audits = loaded.value.audits.filter((a) => !agencies.length || agencies.includes(a.agencyId));
    const byCase = new Map<number, CallValue<'audits.list'>>();
    for (const a of audits) byCase.set(a.caseId, [...(byCase.get(a.caseId) ?? []), a]);
    const cases = loaded.value.cases.filter((c) => byCase.has(c.id) && caseMatches(c, filters));
    body =
      cases.length === 0 ? (
        <p className="note">No audited case matches.</p>
      ) : (
        <>
          <p className="hint">
            {cases.length === 1 ? '1 audited case' : `${cases.length} audited cases`}. Open a case to read its grades and evidence
            {drill.criterionKey ? ' for this criterion' : ''}.
          </p>
          <table className="data-table fd-table fd-drill-table">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Age stage</th>
                <th scope="col">Level of need</th>
                <th scope="col">Audited by</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={href.caseDetail(eventId, c.id)}>{c.reference}</a>
                  </th>
                  <td>{ageStageLabel(c.ageStage) || <span className="text-empty">Not recorded</span>}</td>
                  <td>{levelOfNeedLabel(c.levelOfNeed) || <span className="text-empty">Not recorded</span>}</td>
                  <td>{[...new Set(byCase.get(c.id)!.map((a) => a.agencyName))].join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
  }
  return (
    <section className="panel fd-drill" aria-labelledby="fd-drill-heading">
      <div className="fd-drill-head">
        <h3 id="fd-drill-heading" ref={heading} tabIndex={-1}>
          {drill.heading}
        </h3>
        <button type="button" className="button button-small" onClick={onClose}>
          Close case list
        </button>
      </div>
      {body}
    </section>
  );
}
