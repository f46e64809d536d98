// Loads one chart from the core as SVG, with its title and text alternative.
import { call } from '../api/client';
import type { FigureKind } from '@model/figures';
import { useLoad, type Loaded } from '../lib/useLoad';
import { queryKey, type SummaryQuery } from './query';

export interface LoadedFigure {
  title: string;
  alt: string;
  svg: string;
}

export function useFigure(query: SummaryQuery, kind: FigureKind, criterionKey?: string): Loaded<LoadedFigure> {
  const [figure] = useLoad(() => call('charts.figure', { ...query, kind, ...(criterionKey ? { criterionKey } : {}) }), [queryKey(query), kind, criterionKey]);
  return figure;
}

export const svgSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
