// Findings: observations tagged good practice, area for development or theme, linked to
// criteria and cases; a quote marked for the report is the facilitator's statement that it is
// anonymised and may be shown at the scrutiny event, and the identifier guard holds them to it.
import type { Queryable as Db } from '../../db/open';
import { caseRowsForEvent } from '../../db/queries/cases';
import * as q from '../../db/queries/findings';
import { appendTrail } from '../../db/queries/trail';
import { writeTransaction } from '../../db/write';
import { requireActor } from '../audits/actor';
import { frameworkForEvent } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import type { FindingKind } from '../../model/statuses';
import { getEvent } from '../events/service';
import { assertQuotable } from '../disclosure/guard-store';
import { checkThemes } from '../themes/service';
import { replaceFindingThemes } from '../../db/queries/themes';

import type { Finding } from '../contract/types';

export interface FindingInput {
  kind?: FindingKind;
  text?: string;
  quoteForReport?: boolean;
  criterionKeys?: string[];
  caseIds?: number[];
  themeIds?: number[];
}

function checkLinks(db: Db, eventId: number, input: FindingInput): void {
  const fw = frameworkForEvent(db, eventId);
  const unknown = (input.criterionKeys ?? []).filter((k) => !fw.criterionByKey.has(k));
  if (unknown.length) throw new UserError(`Not criteria of this event's framework: ${unknown.join(', ')}.`, 'UNKNOWN_CRITERION');
  if (input.caseIds?.length) {
    const ids = new Set(caseRowsForEvent(db, eventId).map((c) => c.id));
    if (input.caseIds.some((id) => !ids.has(id))) throw new UserError('A linked case is not in this event.', 'NOT_IN_EVENT');
  }
}

/** The event's findings; with quotesOnly, only those cleared as anonymised quotes for the report. */
export function listFindings(db: Db, eventId: number, options: { quotesOnly?: boolean } = {}): Finding[] {
  getEvent(db, eventId);
  const all = q.findingsOfEvent(db, eventId);
  return options.quotesOnly ? all.filter((f) => f.quoteForReport) : all;
}

export function createFinding(db: Db, eventId: number, input: FindingInput & { kind: FindingKind; text: string }): Finding {
  const text = input.text.trim();
  if (!text) throw new UserError('A finding needs some text.', 'INVALID_INPUT');
  if (input.quoteForReport) assertQuotable(db, text);
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    getEvent(tx, eventId);
    checkLinks(tx, eventId, input);
    const id = q.insertFinding(tx, { eventId, kind: input.kind, text, quoteForReport: input.quoteForReport ?? false, createdBy: actor });
    q.replaceLinks(tx, id, input.criterionKeys ?? [], input.caseIds ?? []);
    if (input.themeIds?.length) {
      checkThemes(tx, frameworkForEvent(tx, eventId).framework.key, input.themeIds);
      replaceFindingThemes(tx, id, input.themeIds);
    }
    appendTrail(tx, [{ eventId, actor, entity: 'finding', entityId: id, field: 'created', oldValue: null, newValue: `${input.kind}: ${text}` }]);
    return q.findingsOfEvent(tx, eventId).find((f) => f.id === id)!;
  });
}

export function updateFinding(db: Db, id: number, input: FindingInput): Finding {
  if (input.text !== undefined && !input.text.trim()) throw new UserError('A finding needs some text.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const before = q.findFinding(tx, id);
    if (!before) throw new UserError(`No finding has the id ${id}.`, 'NOT_FOUND');
    const linksBefore = q.findingsOfEvent(tx, before.eventId).find((f) => f.id === id)!;
    // A cleared quote stays cleared only while its text identifies no one.
    if (input.quoteForReport ?? before.quoteForReport) assertQuotable(tx, input.text?.trim() ?? before.text);
    checkLinks(tx, before.eventId, input);
    const patch = {
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.text !== undefined ? { text: input.text.trim() } : {}),
      ...(input.quoteForReport !== undefined ? { quoteForReport: input.quoteForReport } : {}),
    };
    q.updateFinding(tx, id, patch);
    q.replaceLinks(tx, id, input.criterionKeys, input.caseIds);
    if (input.themeIds) {
      checkThemes(tx, frameworkForEvent(tx, before.eventId).framework.key, input.themeIds);
      replaceFindingThemes(tx, id, input.themeIds);
    }
    const entries = Object.entries(patch)
      .filter(([k, v]) => before[k as keyof typeof patch] !== v)
      .map(([field, value]) => ({ eventId: before.eventId, actor, entity: 'finding', entityId: id, field, oldValue: String(before[field as keyof typeof patch]), newValue: String(value) }));
    const links = { criterionKeys: input.criterionKeys, caseIds: input.caseIds };
    for (const [field, next] of Object.entries(links)) {
      const old = (linksBefore[field as keyof typeof links] as (string | number)[]).join(', ');
      if (next && old !== next.join(', ')) entries.push({ eventId: before.eventId, actor, entity: 'finding', entityId: id, field, oldValue: old, newValue: next.join(', ') });
    }
    appendTrail(tx, entries);
    return q.findingsOfEvent(tx, before.eventId).find((f) => f.id === id)!;
  });
}

export function deleteFinding(db: Db, id: number): void {
  writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const before = q.findFinding(tx, id);
    if (!before) throw new UserError(`No finding has the id ${id}.`, 'NOT_FOUND');
    q.deleteFinding(tx, id);
    appendTrail(tx, [{ eventId: before.eventId, actor, entity: 'finding', entityId: id, field: 'deleted', oldValue: before.text, newValue: null }]);
  });
}
