// Reading cases: the list for an event and one case with its documents.
import type { Queryable as Db } from '../../db/open';
import { caseRowById, caseRowsForEvent, documentCounts } from '../../db/queries/cases';
import { listDocuments } from '../../db/queries/documents';
import { toCaseDocument } from './documents';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { toCaseView } from './columns';
import type { CaseDetail, CaseView } from '../contract/types';

export function listCases(db: Db, eventId: number): CaseView[] {
  getEvent(db, eventId);
  const counts = documentCounts(db, eventId);
  return caseRowsForEvent(db, eventId).map((row) => toCaseView(row, counts.get(row.id) ?? 0));
}

export function getCase(db: Db, id: number): CaseDetail {
  const row = caseRowById(db, id);
  if (!row) throw new UserError(`No case has the id ${id}.`, 'NOT_FOUND');
  const documents = listDocuments(db, id).map(toCaseDocument);
  return { ...toCaseView(row, documents.length), eventId: row.eventId, documents };
}
