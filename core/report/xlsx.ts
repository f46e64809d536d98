// The action plan and the aggregated figures as a spreadsheet, for the partnership's neglect
// dataset. No case references: figures by criterion, agency and group, and the actions. Figures
// come through the disclosure policy: a withheld one is a note in every one of its cells. A cover
// sheet says what each sheet holds and how it was counted; the look is in xlsx-format.ts.
import { levelName } from '../../model/grade-keys';
import type { OpenedDatabase } from '../../db/open';
import { disclosedSummary } from '../disclosure/figures';
import type { DisclosedTally } from '../contract/types';
import { escapeWorkbook } from '../export/cells';
import { assertNoIdentifiers } from '../disclosure/free-text';
import { exportMarking, propertiesNote } from '../disclosure/marking';
import { getEvent } from '../events/service';
import { getSettings } from '../settings/service';
import { listRecommendations } from '../recommendations/service';
import { progressRatingLabel, recommendationStatusLabel } from '../../model/labels';
import { todayIso } from '../../model/dates';
import { addCoverSheet } from './xlsx-cover';
import { reportAuthor } from './content';
import { dataSheet, dateCell, meanCell, percentCell, type SheetColumn } from './xlsx-format';

type Cell = string | number | Date | null;

const sheetNotes: [string, string][] = [
  ['Criteria', 'Every criterion of the framework: single-agency grades at each level, N/A, grades, % good or better and mean.'],
  ['Moderated', 'The grades agreed at moderation per criterion, and their % good or better.'],
  ['By agency', 'Each agency’s grades per criterion: grades, % good or better and cases.'],
  ['By group', 'Grades by groups of children (age stage, level of need, sex and others): cases, grades, % good or better.'],
  ['Action plan', 'The recommendations with criteria, owner, due date, status, whether overdue, the audit an action was carried from, its success measure and progress rating.'],
];

export async function buildFiguresWorkbook(store: OpenedDatabase, eventId: number, options: { suppressSmallNumbers?: boolean; includeIdentifiers?: boolean } = {}): Promise<Buffer> {
  const event = getEvent(store.db, eventId);
  const includeIdentifiers = options.includeIdentifiers ?? false;
  assertNoIdentifiers(store.db, null, eventId, 'workbook', options);
  const summary = disclosedSummary(store, eventId, { suppressSmallNumbers: options.suppressSmallNumbers });
  const withheld = `fewer than ${summary.smallNumberThreshold} cases`;
  /** The cells of a figure, or the note in each of them when it is withheld; a last column flags small figures shown on request. */
  const cells = <T extends DisclosedTally>(t: T, width: number, values: (shown: Extract<T, { suppressed: false }>) => Cell[]): Cell[] =>
    t.suppressed ? [...Array<string>(width).fill(withheld), 'withheld'] : [...values(t as Extract<T, { suppressed: false }>), t.small ? `yes: ${withheld}` : ''];
  const title = new Map(summary.criteria.map((c) => [c.key, c.title]));
  /** A criterion's place in the framework, so an action's criteria read in the framework's order. */
  const order = (key: string) => summary.criteria.findIndex((c) => c.key === key);
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  const marking = exportMarking(event.classification, includeIdentifiers);
  const note = propertiesNote(includeIdentifiers);
  // The facilitator and the partnership, as on the report; never the app's name.
  const author = reportAuthor(getSettings(store.db).userName, event.partnership);
  book.creator = author;
  book.lastModifiedBy = author;
  book.title = `${event.name}: figures and action plan${note.titleSuffix}`;
  book.subject = 'Multi-agency case file audit: figures and action plan';
  book.description = `${note.description}${marking}.`;
  book.keywords = ['neglect', 'figures', 'action plan', ...note.keywords].join('; ');
  book.company = event.partnership;
  addCoverSheet(book, { event, summary, marking, author, producedOn: todayIso(), includeIdentifiers, sheets: sheetNotes });

  const small: SheetColumn = { header: 'Small or withheld', kind: 'note', width: 24 };
  const criterion: SheetColumn = { header: 'Criterion', kind: 'text', width: 44 };
  const domain: SheetColumn = { header: 'Domain', kind: 'text', width: 24 };
  const count = (header: string): SheetColumn => ({ header, kind: 'count', width: 11 });
  const share: SheetColumn = { header: '% good or better', kind: 'percent', width: 12 };
  const levels = summary.scale.levels;
  dataSheet(
    book,
    'Criteria',
    [criterion, domain, ...levels.map((l) => count(levelName(l))), count(summary.scale.notApplicableLabel), count('Grades'), share, { header: 'Mean', kind: 'mean', width: 8 }, small],
    summary.criteria.map((c) => [c.title, c.domain, ...cells(c, levels.length + 4, (x) => [...levels.map((l) => x.distribution[String(l.value)] ?? 0), x.notApplicable, x.n, percentCell(x.goodOrBetter), meanCell(x.mean)])]),
    marking,
  );
  dataSheet(book, 'Moderated', [criterion, domain, count('Agreed grades'), share, small], summary.moderated.map((c) => [c.title, c.domain, ...cells(c, 2, (x) => [x.n, percentCell(x.goodOrBetter)])]), marking);
  dataSheet(
    book,
    'By agency',
    [{ header: 'Agency', kind: 'text', width: 28 }, criterion, count('Grades'), share, count('Cases'), small],
    summary.byAgency.flatMap((a) => a.criteria.map((c) => [a.agencyName, title.get(c.key) ?? c.key, ...cells(c, 3, (x) => [x.n, percentCell(x.goodOrBetter), x.cases])])),
    marking,
  );
  dataSheet(
    book,
    'By group',
    [{ header: 'Attribute', kind: 'text', width: 22 }, { header: 'Group', kind: 'text', width: 28 }, count('Cases'), count('Grades'), share, small],
    summary.byAttribute.flatMap((a) => a.groups.map((g) => [a.label, g.label, ...cells(g, 3, (x) => [x.cases, x.n, percentCell(x.goodOrBetter)])])),
    marking,
  );
  dataSheet(
    book,
    'Action plan',
    [
      { header: 'Recommendation', kind: 'text', width: 60 },
      { header: 'Criteria', kind: 'text', width: 36 },
      { header: 'Owner', kind: 'text', width: 24 },
      { header: 'Due date', kind: 'date', width: 13 },
      { header: 'Status', kind: 'text', width: 12 },
      { header: 'Overdue', kind: 'text', width: 9 },
      { header: 'Carried from', kind: 'text', width: 28 },
      { header: 'Success measure', kind: 'text', width: 48 },
      { header: 'Progress', kind: 'text', width: 16 },
    ],
    listRecommendations(store.db, eventId).map((r) => [
      r.text,
      r.criterionKeys.toSorted((a, b) => order(a) - order(b)).map((k) => title.get(k) ?? k).join('; '),
      r.ownerName ?? 'Not yet assigned',
      dateCell(r.dueDate),
      recommendationStatusLabel(r.status),
      r.overdue ? 'yes' : 'no',
      r.carriedFromEvent ?? '',
      r.successMeasure,
      progressRatingLabel(r.progressRating),
    ]),
    marking,
  );
  escapeWorkbook(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
