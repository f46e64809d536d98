// The charts the app draws from an event's summary: on the dashboard, on slides and in reports.
export const figureKinds = ['distribution', 'good-or-better', 'criterion', 'comparison'] as const;
export type FigureKind = (typeof figureKinds)[number];
