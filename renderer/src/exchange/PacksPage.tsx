// Packs and workbooks: one per agency from the allocation. A pack is encrypted with a passphrase
// that is shown once here, to be sent by another channel; the facilitator's key opens returns.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { copyText } from '../lib/clipboard';
import { saveExport } from '../report/saveFile';
import { href } from '../router';
import { CreatePackForm, type CreatedPack } from './CreatePackForm';
import { EventSubpage } from './EventSubpage';
import './exchange.css';

function savedText(outcome: CreatedPack['outcome'], noun: string): string {
  if (outcome.kind === 'saved') return `${noun} saved to ${outcome.path}.`;
  if (outcome.kind === 'downloaded') return `${noun} downloaded as ${outcome.fileName}.`;
  return `${noun} was not saved (cancelled).`;
}

export function PacksPage({ eventId }: { eventId: number }) {
  const [info] = useLoad(() => call('app.info', {}), []);
  const transport = info.state === 'ready' ? info.value.transport : null;
  const [allocation] = useLoad(() => call('allocation.get', { eventId }), [eventId]);
  const [listing, reload] = useLoad(() => call('packs.list', { eventId }), [eventId]);
  const [identity] = useLoad(() => call('identity.get', {}), []);
  const [creating, setCreating] = useState<number | null>(null);
  const [created, setCreated] = useState<CreatedPack | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [copied, setCopied] = useState('');

  async function workbook(agency: { id: number; name: string }) {
    setError(null);
    setStatus('');
    try {
      const { outcome } = await saveExport('workbooks.create', { eventId, agencyId: agency.id }, { transport });
      setStatus(savedText(outcome, `The workbook for ${agency.name}`));
      reload();
    } catch (e) {
      setError(toShownError(e));
    }
  }

  async function exportIdentity() {
    setError(null);
    try {
      const { outcome } = await saveExport('identity.export', {}, { transport });
      if (outcome.kind !== 'cancelled') setStatus(`Identity ${outcome.kind === 'saved' ? `saved to ${outcome.path}` : `downloaded as ${outcome.fileName}`}. Keep it somewhere safe: it opens every return.`);
    } catch (e) {
      setError(toShownError(e));
    }
  }

  async function copyPassphrase(text: string) {
    setCopied(await copyText(text, 'The passphrase was copied.'));
  }

  const latest = (agencyId: number, kind: 'pack' | 'workbook') => (listing.state === 'ready' ? listing.value.packs.find((p) => p.agencyId === agencyId && p.kind === kind && !p.superseded) : undefined);

  return (
    <EventSubpage eventId={eventId} title="Packs and workbooks">
      <p className="actions">
        <a className="button" href={href.allocation(eventId)}>
          Allocation
        </a>
        <a className="button button-primary" href={href.returns(eventId)}>
          Import returns
        </a>
      </p>
      <ErrorBanner title="Not done" error={error} onDismiss={() => setError(null)} />
      <StatusMessage>{status}</StatusMessage>
      {created && (
        <section className="panel passphrase-panel" aria-labelledby="created-heading">
          <h2 id="created-heading">Pack for {created.agency} created</h2>
          <p>
            {created.caseCount} cases. {savedText(created.outcome, 'The pack')}
          </p>
          {created.passphrase ? (
            <>
              <p>Its passphrase is shown only now. Send it by another channel than the pack (for example, read it out by phone):</p>
              <p className="passphrase" aria-label="Passphrase">
                {created.passphrase}
              </p>
              <div className="actions">
                <button type="button" className="button" onClick={() => void copyPassphrase(created.passphrase!)}>
                  Copy passphrase
                </button>
                <button type="button" className="button" onClick={() => setCreated(null)}>
                  Done: hide the passphrase
                </button>
              </div>
              <StatusMessage>{copied}</StatusMessage>
            </>
          ) : (
            <p>It is encrypted with the passphrase you chose.</p>
          )}
        </section>
      )}
      {allocation.state === 'loading' && <Loading what="Loading the agencies" />}
      {allocation.state === 'error' && <ErrorBanner error={allocation.error} />}
      {allocation.state === 'ready' && (
        <table className="data-table">
          <caption className="visually-hidden">Packs and workbooks by agency</caption>
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col" className="num">
                Cases
              </th>
              <th scope="col">Current pack</th>
              <th scope="col">Current workbook</th>
              <th scope="col">Make</th>
            </tr>
          </thead>
          <tbody>
            {allocation.value.agencies.map((a) => {
              const pack = latest(a.id, 'pack');
              const book = latest(a.id, 'workbook');
              return (
                <tr key={a.id}>
                  <th scope="row">
                    {a.name}
                    {a.auditor && <span className="pb-case-meta">{a.auditor}</span>}
                  </th>
                  <td className="num">{a.allocated}</td>
                  <td>{pack ? `${formatDate(pack.createdAt.slice(0, 10))}${pack.lastRevision ? `, return revision ${pack.lastRevision} in` : ', no return yet'}` : '–'}</td>
                  <td>{book ? formatDate(book.createdAt.slice(0, 10)) : '–'}</td>
                  <td>
                    <span className="actions-small">
                      <button type="button" className="button button-small" disabled={a.allocated === 0} onClick={() => { setCreating(a.id); setCreated(null); }}>
                        Create pack…<span className="visually-hidden"> for {a.name}</span>
                      </button>
                      <button type="button" className="button button-small" disabled={a.allocated === 0} onClick={() => void workbook(a)}>
                        Create workbook…<span className="visually-hidden"> for {a.name}</span>
                      </button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {creating !== null && allocation.state === 'ready' && (
        <CreatePackForm
          eventId={eventId}
          agency={allocation.value.agencies.find((a) => a.id === creating)!}
          transport={transport}
          onCancel={() => setCreating(null)}
          onCreated={(made) => {
            setCreating(null);
            setCreated(made);
            reload();
          }}
        />
      )}
      <section className="panel" aria-labelledby="key-heading">
        <h2 id="key-heading">Your key</h2>
        <p>
          Returns are encrypted to this install’s key only. Public key: <code className="path">{identity.state === 'ready' ? identity.value.recipient : '…'}</code>
        </p>
        <button type="button" className="button" onClick={() => void exportIdentity()}>
          Export identity file…
        </button>
      </section>
    </EventSubpage>
  );
}
