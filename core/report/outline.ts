// The report's outline for the narrative editor: each section with its heading and kind, the
// narrative written so far, and the per-criterion conclusions, with the chosen findings beside.
import type { Queryable as Db } from '../../db/open';
import { frameworkForEvent } from '../audits/event-framework';
import { getEvent } from '../events/service';
import { listFindings } from '../findings/service';
import { narrativeKey, readNarratives } from './narratives';
import { readDocumentControl } from './document-control';
import type { ReportTemplate } from './template';
import type { ReportOutline } from '../contract/types';

export function reportOutline(db: Db, template: ReportTemplate, eventId: number): ReportOutline {
  getEvent(db, eventId);
  const narratives = readNarratives(db, eventId);
  const findings = listFindings(db, eventId);
  return {
    title: template.title,
    sections: template.sections.map((s) => ({ ...s, text: narratives.get(narrativeKey(s.key)) ?? '' })),
    criteria: frameworkForEvent(db, eventId).criteria.map((c) => ({
      key: c.key,
      title: c.title,
      text: narratives.get(narrativeKey('findings-by-criterion', c.key)) ?? '',
      findings: findings.filter((f) => f.criterionKeys.includes(c.key)),
    })),
    chosenFindings: findings.filter((f) => f.quoteForReport),
    documentControl: readDocumentControl(db, eventId),
  };
}
