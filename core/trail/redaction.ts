// A facilitator removes a text (a child's name typed into evidence and later edited out) from an
// event's audit trail: every value holding it becomes "[redacted]", in the trail and so in every
// trail CSV exported afterwards. The redaction is itself recorded: who, when and why, never what.
import type { OpenedDatabase } from '../../db/open';
import { appendTrail } from '../../db/queries/trail';
import { redactTrailText } from '../../db/trail-redaction';
import { writeTransactionRaw } from '../../db/write';
import { UserError } from '../../model/errors';
import { requireActor } from '../audits/actor';
import { getEvent } from '../events/service';

/** Shorter texts would redact half the trail ("a", "of"). */
export const MIN_REDACTION_LENGTH = 3;

export function redactFromTrail(store: OpenedDatabase, input: { eventId: number; text: string; reason: string }): { entries: number } {
  const text = input.text.trim();
  const reason = input.reason.trim();
  if (text.length < MIN_REDACTION_LENGTH) throw new UserError(`Give the text to redact: at least ${MIN_REDACTION_LENGTH} characters.`, 'INVALID_INPUT');
  if (!reason) throw new UserError('Give a reason for the redaction: it is kept in the trail.', 'INVALID_INPUT');
  if (reason.toLocaleLowerCase('en-GB').includes(text.toLocaleLowerCase('en-GB')))
    throw new UserError('The reason repeats the text being redacted: the trail keeps the reason, so describe it without quoting it.', 'INVALID_INPUT');
  return writeTransactionRaw(store.sqlite, () => {
    const actor = requireActor(store.db);
    getEvent(store.db, input.eventId);
    const entries = redactTrailText(store.sqlite, input.eventId, text);
    if (entries === 0) throw new UserError('No entry of this event’s trail contains that text. Nothing was redacted.', 'NOT_FOUND');
    appendTrail(store.db, [{ eventId: input.eventId, caseId: null, actor, entity: 'trail', entityId: null, field: 'redacted', oldValue: null, newValue: `${entries} ${entries === 1 ? 'entry' : 'entries'}`, note: reason }]);
    return { entries };
  });
}
