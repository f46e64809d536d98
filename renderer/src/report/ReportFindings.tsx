// The findings beside the editor. Only findings cleared as anonymised quotes appear in the report,
// so those are the only ones that can be inserted; a criterion's others are shown, marked as left out.
import { href } from '../router';
import type { Finding } from './outline';
import { findingKindLabels } from '@model/labels';
import { shorten } from '../lib/text';

interface Props {
  eventId: number;
  findings: Finding[];
  perCriterion: boolean;
  onInsert: (finding: Finding) => void;
}

export function ReportFindings({ eventId, findings, perCriterion, onInsert }: Props) {
  const shown = perCriterion ? [...findings].sort((a, b) => Number(b.quoteForReport) - Number(a.quoteForReport)) : findings.filter((f) => f.quoteForReport);
  return (
    <aside className="report-findings" aria-labelledby="report-findings-heading">
      <h2 id="report-findings-heading">{perCriterion ? 'This criterion’s findings' : 'Findings chosen for the report'}</h2>
      {shown.length === 0 ? (
        <p className="note">
          {perCriterion ? 'No findings are linked to this criterion.' : 'No findings are cleared as quotes for the report yet.'}{' '}
          <a href={href.findings(eventId)}>Go to the findings</a>
        </p>
      ) : (
        <ul className="report-finding-list">
          {shown.map((finding) => (
            <li key={finding.id} className={`report-finding${finding.quoteForReport ? '' : ' report-finding-left-out'}`}>
              <p className="report-finding-meta">
                <span className="report-finding-kind">{findingKindLabels[finding.kind].singular}</span>
                <span className={finding.quoteForReport ? 'chosen-badge' : 'left-out-badge'}>
                  {finding.quoteForReport ? 'Will appear in the report' : 'Not chosen — will not appear'}
                </span>
              </p>
              <p className="report-finding-text">{finding.text}</p>
              {finding.quoteForReport && (
                <button type="button" className="button button-small" aria-label={`Insert into text: ${shorten(finding.text, 50)}`} onClick={() => onInsert(finding)}>
                  Insert into text
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {perCriterion && (
        <p className="hint">
          To change which findings appear, mark them as quotes on the <a href={href.findings(eventId)}>findings page</a>.
        </p>
      )}
    </aside>
  );
}
