// The framework version an event scores against, with quick look-ups for grading. Versions
// that events use never change, so the parsed form is cached by version id.
import type { Queryable } from '../../db/open';
import { loadDefinition } from '../../db/queries/frameworks';
import { findEventRow } from '../../db/queries/events';
import { allCriteria, type Criterion, type FrameworkDefinition, type ScaleLevel } from '../../model/framework';
import { UserError } from '../../model/errors';

export interface EventFramework {
  versionId: number;
  framework: FrameworkDefinition;
  criteria: Criterion[];
  criterionByKey: Map<string, Criterion>;
  levelByValue: Map<number, ScaleLevel>;
  goodOrBetterFrom: number;
  notApplicableLabel: string;
}

const cache = new Map<number, EventFramework>();

export function frameworkForVersion(db: Queryable, versionId: number): EventFramework {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const framework = loadDefinition(db, versionId);
  const criteria = allCriteria(framework);
  const value: EventFramework = {
    versionId,
    framework,
    criteria,
    criterionByKey: new Map(criteria.map((c) => [c.key, c])),
    levelByValue: new Map(framework.scale.levels.map((l) => [l.value, l])),
    goodOrBetterFrom: framework.scale.goodOrBetterFrom,
    notApplicableLabel: framework.scale.notApplicableLabel,
  };
  cache.set(versionId, value);
  return value;
}

export function frameworkForEvent(db: Queryable, eventId: number): EventFramework {
  const event = findEventRow(db, eventId);
  if (!event) throw new UserError(`No event has the id ${eventId}.`, 'NOT_FOUND');
  return frameworkForVersion(db, event.frameworkVersionId);
}

/** "Good (3)", "Not applicable", or "" for no grade: how grades read in the trail and exports. */
export function describeGrade(fw: EventFramework, value: number | null, notApplicable: boolean): string {
  if (notApplicable) return fw.notApplicableLabel;
  if (value === null) return '';
  const level = fw.levelByValue.get(value);
  return level ? `${level.label} (${value})` : String(value);
}
