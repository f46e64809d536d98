// The pre-export check: what stands between this report and a final one. Unwritten narrative
// (sections and each criterion's conclusions), text the identifier guard finds, and disagreements
// moderation has not settled make it a draft: exported anyway, every page says DRAFT and so does
// the file name. Withheld figures are listed as notes: the report states them, so a final report
// may have them.
import type { OpenedDatabase } from '../../db/open';
import { caseRowsForEvent } from '../../db/queries/cases';
import { disclosedSummary } from '../disclosure/figures';
import { identifiersLeaving, type ExportChoices } from '../disclosure/free-text';
import { describeHits } from '../disclosure/identifier-guard';
import { frameworkForEvent } from '../audits/event-framework';
import { getModeration } from '../moderation/service';
import { countOf } from '../../model/words';
import type { DifferenceKind } from '../../model/differences';
import type { ReadinessItem, ReportReadiness } from '../contract/types';
import { narrativeKey, readNarratives } from './narratives';
import { distributionLines, readDocumentControl } from './document-control';
import type { ReportTemplate } from './template';

export interface ReadinessOptions extends ExportChoices {
  suppressSmallNumbers?: boolean;
}

function unwritten(store: OpenedDatabase, template: ReportTemplate, eventId: number): ReadinessItem[] {
  const narratives = readNarratives(store.db, eventId);
  const written = (section: string, criterion = '') => (narratives.get(narrativeKey(section, criterion)) ?? '').trim() !== '';
  const items: ReadinessItem[] = [];
  for (const s of template.sections) {
    if (s.key === 'document-control' && distributionLines(readDocumentControl(store.db, eventId).distribution).length === 0) {
      items.push({ kind: 'unwritten', makesDraft: true, text: `${s.heading}: the distribution list is not recorded.`, fix: `report/${s.key}` });
    }
    if (s.kind === 'narrative' && !written(s.key)) items.push({ kind: 'unwritten', makesDraft: true, text: `${s.heading} is not written.`, fix: `report/${s.key}` });
    if (s.key === 'findings-by-criterion') {
      for (const c of frameworkForEvent(store.db, eventId).criteria) {
        if (!written(s.key, c.key)) items.push({ kind: 'unwritten', makesDraft: true, text: `${s.heading}: the conclusions for ${c.title} are not written.`, fix: `report/${s.key}/${c.key}` });
      }
    }
  }
  return items;
}

/** A difference moderation must settle: any but a one-level gap on the same side of the good line. */
const mustSettle = (kinds: DifferenceKind[]) => kinds.some((k) => k !== 'other');

/** Criteria (and the overall grade) where agencies' grades differ in a way that matters and moderation has agreed no grade. */
function openConflicts(store: OpenedDatabase, eventId: number): ReadinessItem[] {
  return caseRowsForEvent(store.db, eventId).flatMap((c) => {
    const view = getModeration(store.db, c.id);
    if (view.locked) return [];
    const open = view.criteria.filter((k) => mustSettle(k.differences) && !k.agreed).map((k) => k.title);
    if (mustSettle(view.overall.differences) && view.overall.agreedValue === null) open.push('the overall grade');
    if (open.length === 0) return [];
    return [{ kind: 'conflict' as const, makesDraft: true, text: `Case ${c.reference}: agencies’ grades disagree with no agreed grade on ${open.join('; ')}.`, fix: `moderation/${c.id}` }];
  });
}

function withheld(store: OpenedDatabase, eventId: number, options: ReadinessOptions): ReadinessItem[] {
  const summary = disclosedSummary(store, eventId, { suppressSmallNumbers: options.suppressSmallNumbers });
  const count = summary.criteria.filter((c) => c.suppressed).length;
  if (count === 0) return [];
  return [
    {
      kind: 'suppressed',
      makesDraft: false,
      text: `The figures for ${countOf(count, 'criterion', 'criteria')} come from fewer than ${summary.smallNumberThreshold} cases and are withheld; the report says so where they would be.`,
      fix: null,
    },
  ];
}

export function reportReadiness(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReadinessOptions = {}): ReportReadiness {
  const identifiers: ReadinessItem[] = options.includeIdentifiers
    ? []
    : identifiersLeaving(store.db, template, eventId, 'report', options).flatMap((p) =>
        p.hits.map((h) => ({ kind: 'identifier' as const, makesDraft: true, text: `${p.where}: ${describeHits([h])}. The report cannot be exported without identifiers until it is removed.`, fix: p.fix })),
      );
  const items = [...unwritten(store, template, eventId), ...identifiers, ...openConflicts(store, eventId), ...withheld(store, eventId, options)];
  return { draft: items.some((i) => i.makesDraft), items };
}

/** The words the draft marking adds: before the classification on every page, and in the file name. */
export const DRAFT = 'DRAFT';
