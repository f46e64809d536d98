// The report's document control as the facilitator writes it: the version and the distribution
// list (one recipient a line), autosaved with the page's narrative. Author, date and whether it is
// a draft are filled in at export, so they are shown here but never typed.
import { useState } from 'react';
import { call } from '../api/client';
import type { Autosaver } from '../autosave/autosave';

export const DISTRIBUTION_ID = 'dc-distribution';

interface Props {
  eventId: number;
  saver: Autosaver;
  initial: { version: string; distribution: string };
}

export function DocumentControlPanel({ eventId, saver, initial }: Props) {
  const [version, setVersion] = useState(initial.version);
  const [distribution, setDistribution] = useState(initial.distribution);
  const save = (field: 'version' | 'distribution', value: string) =>
    saver.schedule(`document-control|${field}`, async () => {
      await call('report.saveDocumentControl', { eventId, [field]: value });
    });
  return (
    <section className="panel document-control" aria-labelledby="dc-heading">
      <h2 id="dc-heading">Document control</h2>
      <p className="hint">
        The report’s first table. The author (your name in Settings and the event’s partnership), the date and whether it is a draft are filled in
        when you export; a report is final only when the check below finds nothing to resolve. Saved as you type.
      </p>
      <div className="document-control-fields">
        <div className="field">
          <label htmlFor="dc-version">Version</label>
          <p className="hint" id="dc-version-hint">
            For example 0.3 for a draft shared for comment, 1.0 for the version the QA subgroup receives.
          </p>
          <input
            id="dc-version"
            className="input input-small"
            maxLength={40}
            value={version}
            aria-describedby="dc-version-hint"
            onChange={(e) => {
              setVersion(e.target.value);
              save('version', e.target.value);
            }}
            onBlur={() => saver.flush('document-control|version')}
          />
        </div>
        <div className="field">
          <label htmlFor={DISTRIBUTION_ID}>Distribution list</label>
          <p className="hint" id={`${DISTRIBUTION_ID}-hint`}>
            Who receives the report, one a line (groups or roles rather than personal email addresses). Needed before the report is final.
          </p>
          <textarea
            id={DISTRIBUTION_ID}
            className="input input-wide"
            rows={4}
            maxLength={4000}
            value={distribution}
            aria-describedby={`${DISTRIBUTION_ID}-hint`}
            onChange={(e) => {
              setDistribution(e.target.value);
              save('distribution', e.target.value);
            }}
            onBlur={() => saver.flush('document-control|distribution')}
          />
        </div>
      </div>
    </section>
  );
}
