// The event's own fields, shared by "New event" and "Edit details". Problems from the core arrive
// by path ("name", "auditDate") and are shown with the field that caused them.
import type { ValidationProblem } from '@model/problems';
import { Field } from '../editor/Field';
import type { EventDraft } from './draft';

interface Props {
  draft: EventDraft;
  problems: readonly ValidationProblem[];
  onChange: (next: EventDraft) => void;
}

/** The labels of the event's fields by path, for the error summary. */
export const eventFieldLabels: Record<string, string> = {
  name: 'Name',
  auditDate: 'Audit date',
  theme: 'Theme',
  partnership: 'Partnership',
  reviewWindowMonths: 'Review window (months)',
  classification: 'Classification',
  frameworkKey: 'Framework',
  status: 'Status',
};

export function EventFields({ draft, problems, onChange }: Props) {
  const set = (key: keyof EventDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [key]: e.target.value });
  return (
    <>
      <Field path="name" label="Name" hint="For example “Neglect audit, spring 2026”." problems={problems}>
        {(p) => <input {...p} className="input input-wide" required maxLength={200} value={draft.name} onChange={set('name')} />}
      </Field>
      <Field path="auditDate" label="Audit date" hint="Ages and age stages are worked out at this date." problems={problems}>
        {(p) => <input {...p} type="date" className="input" value={draft.auditDate} onChange={set('auditDate')} />}
      </Field>
      <Field path="theme" label="Theme" problems={problems}>
        {(p) => <input {...p} className="input input-wide" maxLength={200} value={draft.theme} onChange={set('theme')} />}
      </Field>
      <Field path="partnership" label="Partnership" problems={problems}>
        {(p) => <input {...p} className="input input-wide" maxLength={200} value={draft.partnership} onChange={set('partnership')} />}
      </Field>
      <Field path="reviewWindowMonths" label="Review window (months)" hint="How far back auditors look in the records." problems={problems}>
        {(p) => (
          <input
            {...p}
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            step={1}
            className="input input-narrow"
            value={draft.reviewWindowMonths}
            onChange={set('reviewWindowMonths')}
          />
        )}
      </Field>
      <Field path="classification" label="Classification" hint="The protective marking printed on every page of the report." problems={problems}>
        {(p) => <input {...p} className="input input-medium mono" required maxLength={60} value={draft.classification} onChange={set('classification')} />}
      </Field>
    </>
  );
}
