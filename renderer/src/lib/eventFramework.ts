// The event and the framework version it keeps: the scale (labels and colours) and the criteria
// titles that moderation, the trail and findings show.
import { call } from '../api/client';
import type { EventDetail } from '@contract/types';
import { levelsBestFirst, type FrameworkDefinition, type ScaleLevel } from '@model/framework';

export interface EventFramework {
  event: EventDetail;
  framework: FrameworkDefinition;
  /** Best first. */
  levels: ScaleLevel[];
  notApplicableLabel: string;
  criteria: { key: string; title: string }[];
  criterionTitle: (key: string) => string;
}

export async function loadEventFramework(eventId: number): Promise<EventFramework> {
  const event = await call('events.get', { id: eventId });
  const { framework } = await call('frameworks.get', { key: event.frameworkKey, version: event.frameworkVersion });
  const criteria = framework.domains.flatMap((d) => d.criteria.map((c) => ({ key: c.key, title: c.title })));
  const titles = new Map(criteria.map((c) => [c.key, c.title]));
  return {
    event,
    framework,
    levels: levelsBestFirst(framework.scale.levels),
    notApplicableLabel: framework.scale.notApplicableLabel,
    criteria,
    criterionTitle: (key) => titles.get(key) ?? key,
  };
}
