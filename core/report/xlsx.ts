// The action plan and the aggregated figures as a spreadsheet, for the partnership's neglect
// dataset. No case references: figures by criterion, agency and group, and the actions. Figures
// come through the disclosure policy: a withheld one is a note in every one of its cells.
import { levelName } from '../../model/grade-keys';
import type { OpenedDatabase } from '../../db/open';
import { disclosedSummary } from '../disclosure/figures';
import type { DisclosedTally } from '../contract/types';
import { escapeWorkbook } from '../export/cells';
import { assertNoIdentifiers } from '../disclosure/free-text';
import { exportMarking, propertiesNote } from '../disclosure/marking';
import { getEvent } from '../events/service';
import { listRecommendations } from '../recommendations/service';
import { recommendationStatusLabel } from '../../model/labels';

export async function buildFiguresWorkbook(store: OpenedDatabase, eventId: number, options: { suppressSmallNumbers?: boolean; includeIdentifiers?: boolean } = {}): Promise<Buffer> {
  const event = getEvent(store.db, eventId);
  const includeIdentifiers = options.includeIdentifiers ?? false;
  assertNoIdentifiers(store.db, null, eventId, 'workbook', options);
  const summary = disclosedSummary(store, eventId, { suppressSmallNumbers: options.suppressSmallNumbers });
  const withheld = `fewer than ${summary.smallNumberThreshold} cases`;
  /** The cells of a figure, or the note in each of them when it is withheld; a last column flags small figures shown on request. */
  const cells = <T extends DisclosedTally>(t: T, width: number, values: (shown: Extract<T, { suppressed: false }>) => (number | string | null)[]) =>
    t.suppressed ? [...Array<string>(width).fill(withheld), 'withheld'] : [...values(t as Extract<T, { suppressed: false }>), t.small ? `yes: fewer than ${summary.smallNumberThreshold} cases` : ''];
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  const marking = exportMarking(event.classification, includeIdentifiers);
  const note = propertiesNote(includeIdentifiers);
  book.creator = 'Scrutineer';
  book.title = `${event.name}: figures and action plan${note.titleSuffix}`;
  book.subject = 'Multi-agency case file audit: figures and action plan';
  book.description = `${note.description}${marking}.`;
  book.keywords = ['neglect', 'figures', 'action plan', ...note.keywords].join('; ');

  const levels = summary.scale.levels;
  const criteria = book.addWorksheet('Criteria');
  const small = 'Small or withheld';
  criteria.addRow(['Criterion key', 'Criterion', ...levels.map(levelName), summary.scale.notApplicableLabel, 'Grades', '% good or better', 'Mean', small]);
  for (const c of summary.criteria) {
    criteria.addRow([c.key, c.title, ...cells(c, levels.length + 4, (x) => [...levels.map((l) => x.distribution[String(l.value)] ?? 0), x.notApplicable, x.n, x.goodOrBetter, x.mean])]);
  }

  const moderated = book.addWorksheet('Moderated');
  moderated.addRow(['Criterion key', 'Criterion', 'Agreed grades', '% good or better', small]);
  for (const c of summary.moderated) moderated.addRow([c.key, c.title, ...cells(c, 2, (x) => [x.n, x.goodOrBetter])]);

  const agencies = book.addWorksheet('By agency');
  agencies.addRow(['Agency', 'Criterion key', 'Grades', '% good or better', 'Cases', small]);
  for (const a of summary.byAgency) for (const c of a.criteria) agencies.addRow([a.agencyName, c.key, ...cells(c, 3, (x) => [x.n, x.goodOrBetter, x.cases])]);

  const groups = book.addWorksheet('By group');
  groups.addRow(['Attribute', 'Group', 'Cases', 'Grades', '% good or better', small]);
  for (const a of summary.byAttribute) for (const g of a.groups) groups.addRow([a.label, g.label, ...cells(g, 3, (x) => [x.cases, x.n, x.goodOrBetter])]);

  const actions = book.addWorksheet('Action plan');
  actions.addRow(['Recommendation', 'Criteria', 'Owner', 'Due date', 'Status', 'Overdue', 'Carried from']);
  for (const r of listRecommendations(store.db, eventId)) {
    actions.addRow([r.text, r.criterionKeys.join('; '), r.ownerName ?? '', r.dueDate ?? '', recommendationStatusLabel(r.status), r.overdue ? 'yes' : 'no', r.carriedFromEvent ?? '']);
  }

  for (const sheet of book.worksheets) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((col) => (col.width = 22));
    // The marking on every printed page (Excel's header and footer codes: &C centre, &B bold, &P page, &N pages).
    const printed = `&C&B${marking.replace(/&/g, '&&')}`;
    sheet.headerFooter = { oddHeader: printed, oddFooter: `${printed}&B  Page &P of &N` };
  }
  for (const sheet of [criteria, moderated, agencies, groups]) {
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        if (typeof cell.value === 'number' && cell.value <= 1 && String(sheet.getRow(1).getCell(cell.col).value).includes('%')) cell.numFmt = '0%';
      });
    });
  }
  escapeWorkbook(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
