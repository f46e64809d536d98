// Writing the report's narrative sections in the app: autosaved, stamped and trailed.
import type { Queryable as Db } from '../../db/open';
import { narrativesOf, saveNarrative } from '../../db/queries/narratives';
import { recordEdits } from '../../db/queries/trail-edits';
import { writeTransaction } from '../../db/write';
import { requireActor } from '../audits/actor';
import { frameworkForEvent } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import type { ReportTemplate } from './template';

export type Narratives = Map<string, string>;

export const narrativeKey = (sectionKey: string, criterionKey = '') => `${sectionKey}|${criterionKey}`;

export function readNarratives(db: Db, eventId: number): Narratives {
  return new Map(narrativesOf(db, eventId).map((n) => [narrativeKey(n.sectionKey, n.criterionKey), n.text]));
}

export function writeNarrative(db: Db, template: ReportTemplate, input: { eventId: number; sectionKey: string; criterionKey?: string; text: string }): { saved: true } {
  const section = template.sections.find((s) => s.key === input.sectionKey);
  if (!section) throw new UserError(`The report has no section "${input.sectionKey}".`, 'NOT_FOUND');
  const criterionKey = input.criterionKey ?? '';
  if (!criterionKey && section.kind !== 'narrative') throw new UserError(`"${section.heading}" is generated from the audit, not written.`, 'NOT_NARRATIVE');
  writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    getEvent(tx, input.eventId);
    if (criterionKey && (input.sectionKey !== 'findings-by-criterion' || !frameworkForEvent(tx, input.eventId).criterionByKey.has(criterionKey))) {
      throw new UserError(`"${criterionKey}" is not a criterion whose conclusions this section holds.`, 'UNKNOWN_CRITERION');
    }
    const before = readNarratives(tx, input.eventId).get(narrativeKey(input.sectionKey, criterionKey)) ?? '';
    if (before === input.text) return;
    saveNarrative(tx, { eventId: input.eventId, sectionKey: input.sectionKey, criterionKey, text: input.text, updatedBy: actor });
    recordEdits(tx, [{ eventId: input.eventId, actor, entity: 'report', entityId: null, field: criterionKey ? `${input.sectionKey}: ${criterionKey}` : input.sectionKey, oldValue: before, newValue: input.text }]);
  });
  return { saved: true };
}
