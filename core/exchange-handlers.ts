// Handlers for audits across agencies (see core/contract/exchange.ts).
import type { HandlerContext } from './handlers';
import type { ParsedInput, CallValue } from './contract/contract';
import type { exchangeContract } from './contract/exchange';
import { allocationView, changeAllocation, updateAllocationSettings } from './allocation/service';
import { outstandingByAgency } from './allocation/outstanding';

type ExchangeName = keyof typeof exchangeContract;
type ExchangeHandlers = { [K in ExchangeName]: (input: ParsedInput<K>, ctx: HandlerContext) => CallValue<K> | Promise<CallValue<K>> };

export const exchangeHandlers: ExchangeHandlers = {
  'allocation.get': ({ eventId }, { store }) => allocationView(store.db, eventId),
  'allocation.change': (input, { store }) => changeAllocation(store.db, input),
  'allocation.settings': (input, { store }) => updateAllocationSettings(store.db, input),
  'allocation.outstanding': ({ eventId }, { store }) => outstandingByAgency(store.db, eventId),
};
