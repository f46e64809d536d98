// The action plan and the aggregated figures as a spreadsheet, for the partnership's neglect
// dataset. No case references: figures by criterion, agency and group, and the actions.
import type { OpenedDatabase } from '../../db/open';
import { summarise } from '../analysis/summary';
import { getEvent } from '../events/service';
import { listRecommendations } from '../recommendations/service';
import { recommendationStatusLabel } from '../../model/labels';

export async function buildFiguresWorkbook(store: OpenedDatabase, eventId: number, options: { suppressSmallNumbers?: boolean } = {}): Promise<Buffer> {
  const event = getEvent(store.db, eventId);
  const summary = summarise(store, eventId);
  const suppress = options.suppressSmallNumbers ?? true;
  const hide = (small: boolean, value: number | string | null) => (small && suppress ? `fewer than ${summary.smallNumberThreshold}` : value);
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Scrutineer';
  book.title = `${event.name}: figures and action plan`;

  const levels = summary.scale.levels;
  const criteria = book.addWorksheet('Criteria');
  criteria.addRow(['Criterion key', 'Criterion', ...levels.map((l) => l.label), summary.scale.notApplicableLabel, 'Grades', '% good or better', 'Mean', 'Moderated % good or better']);
  for (const c of summary.criteria) {
    const m = summary.moderated.find((x) => x.key === c.key);
    criteria.addRow([c.key, c.title, ...levels.map((l) => c.distribution[String(l.value)] ?? 0), c.notApplicable, c.n, c.goodOrBetter, c.mean, m?.goodOrBetter ?? null]);
  }

  const agencies = book.addWorksheet('By agency');
  agencies.addRow(['Agency', 'Criterion key', 'Grades', '% good or better', 'Cases']);
  for (const a of summary.byAgency) for (const c of a.criteria) agencies.addRow([a.agencyName, c.key, hide(c.small, c.n), hide(c.small, c.goodOrBetter), hide(c.small, c.cases)]);

  const groups = book.addWorksheet('By group');
  groups.addRow(['Attribute', 'Group', 'Cases', 'Grades', '% good or better']);
  for (const a of summary.byAttribute) for (const g of a.groups) groups.addRow([a.label, g.label, hide(g.small, g.cases), hide(g.small, g.n), hide(g.small, g.goodOrBetter)]);

  const actions = book.addWorksheet('Action plan');
  actions.addRow(['Recommendation', 'Criteria', 'Owner', 'Due date', 'Status', 'Overdue', 'Carried from']);
  for (const r of listRecommendations(store.db, eventId)) {
    actions.addRow([r.text, r.criterionKeys.join('; '), r.ownerName ?? '', r.dueDate ?? '', recommendationStatusLabel(r.status), r.overdue ? 'yes' : 'no', r.carriedFromEvent ?? '']);
  }

  for (const sheet of book.worksheets) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((col) => (col.width = 22));
  }
  for (const sheet of [criteria, agencies, groups]) {
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        if (typeof cell.value === 'number' && cell.value <= 1 && String(sheet.getRow(1).getCell(cell.col).value).includes('%')) cell.numFmt = '0%';
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
