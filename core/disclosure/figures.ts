// The figures as they may leave the app: the raw summary passed through the suppression policy.
// The only way outputs get figures.
import type { OpenedDatabase } from '../../db/open';
import { summarise } from '../analysis/summary';
import type { DisclosedSummary, SummaryFilters } from '../contract/types';
import { discloseSummary } from './suppression';

export interface FigureOptions {
  filters?: SummaryFilters;
  compareWith?: number;
  /** Default true; false is the user's recorded opt-out. */
  suppressSmallNumbers?: boolean;
}

export function disclosedSummary(store: OpenedDatabase, eventId: number, options: FigureOptions = {}): DisclosedSummary {
  return discloseSummary(summarise(store, eventId, { filters: options.filters, compareWith: options.compareWith }), { suppressSmallNumbers: options.suppressSmallNumbers });
}
