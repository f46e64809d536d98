// Handlers for audits across agencies (see core/contract/exchange.ts).
import type { HandlerContext } from './handlers';
import type { ParsedInput, CallValue } from './contract/contract';
import type { exchangeContract } from './contract/exchange';
import { allocationView, changeAllocation, updateAllocationSettings } from './allocation/service';
import { outstandingByAgency } from './allocation/outstanding';
import { ensureIdentity, identityFile } from './exchange/identity';
import { createPack } from './exchange/pack-create';
import { openPack } from './exchange/pack-open';
import { readPack } from './exchange/read';
import { exportReturn } from './exchange/return-export';
import { applyReturn, previewReturn } from './exchange/returns-import';
import { listPacks, localPack } from './exchange/listing';

type ExchangeName = keyof typeof exchangeContract;
type ExchangeHandlers = { [K in ExchangeName]: (input: ParsedInput<K>, ctx: HandlerContext) => CallValue<K> | Promise<CallValue<K>> };

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const base64 = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');

export const exchangeHandlers: ExchangeHandlers = {
  'allocation.get': ({ eventId }, { store }) => allocationView(store.db, eventId),
  'allocation.change': (input, { store }) => changeAllocation(store.db, input),
  'allocation.settings': (input, { store }) => updateAllocationSettings(store.db, input),
  'allocation.outstanding': ({ eventId }, { store }) => outstandingByAgency(store.db, eventId),
  'identity.get': async (_input, { store }) => ({ recipient: (await ensureIdentity(store.db)).recipient }),
  'identity.export': (_input, { store }) => identityFile(store.db),
  'packs.create': async ({ eventId, agencyId, passphrase }, { store, templatesDir }) => {
    const pack = await createPack(store.db, { eventId, agencyId, passphrase, templatesDir });
    return { fileName: pack.fileName, base64: base64(pack.bytes), packId: pack.packId, passphrase: pack.passphrase, caseCount: pack.caseCount, auditCount: pack.auditCount };
  },
  'packs.list': ({ eventId }, { store }) => listPacks(store.db, eventId),
  'packs.open': async ({ fileName, data, passphrase, auditor, update }, { store }) => openPack(store.db, await readPack(fileName, bytes(data), passphrase), { fileName, auditor, update }),
  'packs.local': ({ eventId }, { store }) => localPack(store.db, eventId),
  'returns.export': async ({ eventId }, { store }) => {
    const exported = await exportReturn(store.db, eventId);
    return { fileName: exported.fileName, base64: base64(exported.bytes), revision: exported.revision, audits: exported.audits };
  },
  'returns.preview': ({ eventId, fileName, data }, { store }) => previewReturn(store.db, eventId, fileName, bytes(data)),
  'returns.apply': ({ eventId, fileName, data, resolutions }, { store }) => applyReturn(store.db, eventId, fileName, bytes(data), resolutions),
  'workbooks.create': async ({ eventId, agencyId }, { store }) => {
    const { createWorkbook } = await import('./exchange/workbook-create');
    const made = await createWorkbook(store.db, { eventId, agencyId });
    return { fileName: made.fileName, base64: made.bytes.toString('base64'), rows: made.rows };
  },
};
