// "Edit details": the event's fields and its stage, inline on the event page. Enter saves,
// Escape cancels; the core's problems are shown by field.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { call } from '../api/client';
import { eventStatuses, type EventStatus } from '@model/statuses';
import type { EventDetail } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../editor/Field';
import { firstPerPath } from '../editor/problems';
import { toShownError, type ShownError } from '../lib/errors';
import { statusLabels } from '@model/labels';
import { draftOf, fieldsOf } from './draft';
import { EventFields, eventFieldLabels } from './EventFields';
import { FormActions } from '../forms/FormActions';

interface Props {
  event: EventDetail;
  onSaved: (event: EventDetail) => void;
  onCancel: () => void;
}

export function EditEventForm({ event, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(() => draftOf(event));
  const [status, setStatus] = useState<EventStatus>(event.status as EventStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('events.update', { id: event.id, ...fieldsOf(draft), status }));
    } catch (err) {
      setError(toShownError(err));
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  }

  const problems = firstPerPath(error?.problems ?? []);
  return (
    <form ref={form} className="panel inline-form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby="edit-event-heading" noValidate>
      <h2 id="edit-event-heading">Edit details</h2>
      <ErrorBanner title="The changes were not saved" error={error} labels={eventFieldLabels} focus />
      <EventFields draft={draft} problems={problems} onChange={setDraft} />
      <Field path="status" label="Status" hint="Where the event is in the audit cycle." problems={problems}>
        {(p) => (
          <select {...p} className="input" value={status} onChange={(e) => setStatus(e.target.value as EventStatus)}>
            {eventStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions submitLabel="Save changes" busyLabel="Saving…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
