// What the dashboard asks the core for: the event, a previous event to compare with, and the
// filters, and whether small numbers are suppressed (the core decides which are). The same object
// goes to analysis.summary, charts.figure and charts.png.
import type { SummaryFilters } from '@contract/types';

export interface SummaryQuery {
  eventId: number;
  compareWith?: number;
  filters?: SummaryFilters;
  /** Omitted means the core's default: suppressed. */
  suppressSmallNumbers?: boolean;
}

export interface FilterState {
  agencyIds: number[];
  ageStages: string[];
  levelsOfNeed: string[];
  neglectTypes: string[];
}

export const noFilters: FilterState = { agencyIds: [], ageStages: [], levelsOfNeed: [], neglectTypes: [] };

export function hasFilters(f: FilterState): boolean {
  return f.agencyIds.length + f.ageStages.length + f.levelsOfNeed.length + f.neglectTypes.length > 0;
}

export function toQuery(eventId: number, filters: FilterState, compareWith: number | null, suppress = true): SummaryQuery {
  const chosen: SummaryFilters = {};
  if (filters.agencyIds.length) chosen.agencyIds = filters.agencyIds;
  if (filters.ageStages.length) chosen.ageStages = filters.ageStages;
  if (filters.levelsOfNeed.length) chosen.levelsOfNeed = filters.levelsOfNeed;
  if (filters.neglectTypes.length) chosen.neglectTypes = filters.neglectTypes;
  return {
    eventId,
    ...(compareWith !== null ? { compareWith } : {}),
    ...(Object.keys(chosen).length ? { filters: chosen } : {}),
    ...(suppress ? {} : { suppressSmallNumbers: false }),
  };
}

/** A stable key for effects that reload when the query changes. */
export const queryKey = (q: SummaryQuery) => JSON.stringify(q);
