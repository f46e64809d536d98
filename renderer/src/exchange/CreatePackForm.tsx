// Creating one agency's pack: a generated passphrase (shown once) or one the user types.
import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { saveExport, type SaveOutcome } from '../report/saveFile';
import { FormActions } from '../forms/FormActions';

export interface CreatedPack {
  agency: string;
  passphrase: string | null;
  caseCount: number;
  outcome: SaveOutcome;
}

interface Props {
  eventId: number;
  agency: { id: number; name: string };
  transport: string | null;
  onCreated: (created: CreatedPack) => void;
  onCancel: () => void;
}

export function CreatePackForm({ eventId, agency, transport, onCreated, onCancel }: Props) {
  const [own, setOwn] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { made, outcome } = await saveExport('packs.create', { eventId, agencyId: agency.id, ...(own ? { passphrase } : {}) }, { transport });
      onCreated({ agency: agency.name, passphrase: made.passphrase, caseCount: made.caseCount, outcome });
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel stack" onSubmit={submit} aria-label={`Create the pack for ${agency.name}`}>
      <fieldset className="stack">
        <legend>Passphrase for the {agency.name} pack</legend>
        <label className="checkbox">
          <input type="radio" name="passphrase-kind" checked={!own} onChange={() => setOwn(false)} />
          Make one for me (six words, shown once)
        </label>
        <label className="checkbox">
          <input type="radio" name="passphrase-kind" checked={own} onChange={() => setOwn(true)} />
          Use my own
        </label>
        {own && (
          <div className="field">
            <label htmlFor="own-passphrase">Your passphrase (at least 12 characters)</label>
            <input id="own-passphrase" className="input input-wide" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </div>
        )}
      </fieldset>
      <FormActions submitLabel="Create pack" busyLabel="Encrypting…" busy={busy} disabled={own && !passphrase} onCancel={onCancel} />
      <ErrorBanner title="The pack was not created" error={error} />
    </form>
  );
}
