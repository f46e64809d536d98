// On start (the events list, where the app opens), the events past their retention date are listed
// until the user reviews them in Settings (each is purged only after its own confirmation) or puts
// it off for this session.
import { useState } from 'react';
import { call } from '../api/client';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { day } from './RetentionPanel';

let putOff = false;

export function RetentionNotice() {
  const [view] = useLoad(() => call('retention.list', {}), []);
  const [hidden, setHidden] = useState(putOff);
  if (hidden || view.state !== 'ready') return null;
  const due = view.value.events.filter((e) => e.due);
  if (due.length === 0) return null;
  return (
    <div className="banner banner-warning" role="region" aria-labelledby="retention-due-title">
      <p className="banner-title" id="retention-due-title">
        {due.length === 1 ? 'An event is past its retention date' : `${due.length} events are past their retention date`}
      </p>
      <ul>
        {due.map((e) => (
          <li key={e.eventId}>
            {e.name}: kept until {day(e.retentionDate)}
          </li>
        ))}
      </ul>
      <p>Their identifiers (case references, dates of birth, documents and free text) should now be purged; grades, findings and the report stay.</p>
      <div className="actions">
        <a className="button button-primary" href={href.settings()} onClick={() => setHidden((putOff = true))}>
          Review in Settings
        </a>
        <button type="button" className="button" onClick={() => setHidden((putOff = true))}>
          Not now
        </button>
      </div>
    </div>
  );
}
