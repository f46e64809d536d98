// New event: the event's fields, its framework (the latest version is kept by the event) and the
// agencies taking part. On success the event's own page opens.
import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { Agency } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { Field } from '../editor/Field';
import { firstPerPath } from '../editor/problems';
import { AgencyPicker } from './AgencyPicker';
import { emptyDraft, fieldsOf, type EventDraft } from './draft';
import { EventFields } from './EventFields';
import { toShownError, type ShownError } from '../lib/errors';
import { toggled } from '../lib/sets';
import { useLoad } from '../lib/useLoad';
import { href, navigate } from '../router';
import { FormActions } from '../forms/FormActions';
import { useStoredDraft } from '../forms/useStoredDraft';
import { eventFieldLabels } from './EventFields';

const DEFAULT_FRAMEWORK = 'neglect-what-works';

export function NewEventPage() {
  const [frameworks] = useLoad(() => call('frameworks.list', {}), []);
  const [agencyList] = useLoad(() => call('agencies.list', {}), []);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  // The whole form survives a reload: fields, framework and the ticked agencies.
  const [form, setForm, clearStored] = useStoredDraft('new-event', { draft: emptyDraft as EventDraft, frameworkKey: '', agencyIds: [] as number[] });
  const { draft, frameworkKey } = form;
  const selected = new Set(form.agencyIds);
  const setDraft = (next: EventDraft) => setForm((f) => ({ ...f, draft: next }));
  const setFrameworkKey = (key: string) => setForm((f) => ({ ...f, frameworkKey: key }));
  const setSelected = (change: (s: Set<number>) => Set<number>) => setForm((f) => ({ ...f, agencyIds: [...change(new Set(f.agencyIds))] }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    if (agencyList.state === 'ready') setAgencies(agencyList.value);
  }, [agencyList]);
  useEffect(() => {
    if (frameworks.state !== 'ready' || frameworkKey) return;
    const keys = frameworks.value.map((f) => f.key);
    setFrameworkKey(keys.includes(DEFAULT_FRAMEWORK) ? DEFAULT_FRAMEWORK : (keys[0] ?? ''));
  }, [frameworks, frameworkKey]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const names = agencies.filter((a) => selected.has(a.id)).map((a) => a.name);
      const created = await call('events.create', { ...fieldsOf(draft), frameworkKey, agencies: names });
      clearStored();
      navigate(href.event(created.id));
    } catch (e) {
      setError(toShownError(e));
      setBusy(false);
    }
  }

  const problems = firstPerPath(error?.problems ?? []);
  return (
    <>
      <p className="breadcrumb">
        <a href={href.events()}>All events</a>
      </p>
      <PageTitle text="New event">New event</PageTitle>
      {frameworks.state === 'loading' && <Loading what="Loading frameworks" />}
      {frameworks.state === 'error' && <ErrorBanner error={frameworks.error} />}
      {frameworks.state === 'ready' && (
        <form className="panel event-form" onSubmit={submit} noValidate>
          <ErrorBanner title="The event was not created" error={error} labels={eventFieldLabels} focus />
          <EventFields draft={draft} problems={problems} onChange={setDraft} />
          <Field path="frameworkKey" label="Framework" hint="The event keeps the framework’s current version, even if it is edited later." problems={problems}>
            {(p) => (
              <select {...p} className="input input-medium" value={frameworkKey} onChange={(e) => setFrameworkKey(e.target.value)}>
                {frameworks.value.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.name} (version {f.version})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {agencyList.state === 'error' && <ErrorBanner title="The agencies could not be loaded" error={agencyList.error} />}
          <AgencyPicker
            agencies={agencies}
            selected={selected}
            onToggle={(id, on) => setSelected((s) => toggled(s, id, on))}
            onAdded={(agency) => {
              setAgencies((list) => [...list, agency].sort((a, b) => a.name.localeCompare(b.name)));
              setSelected((s) => toggled(s, agency.id, true));
            }}
          />
          <FormActions submitLabel="Create event" busyLabel="Creating…" busy={busy} disabled={!frameworkKey} cancelHref={href.events()} />
        </form>
      )}
    </>
  );
}
