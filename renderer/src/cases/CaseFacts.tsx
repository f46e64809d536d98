// Every attribute of one case as a description list, in the words people use.
import type { ReactNode } from 'react';
import type { CaseView } from '@contract/types';
import { formatDate } from '../lib/dates';
import { ageStageLabel, levelOfNeedLabel, neglectTypeLabel, sexLabel, yesNoLabel } from '@model/labels';

const notRecorded = <span className="hint">Not recorded</span>;

export function CaseFacts({ item }: { item: CaseView }) {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? notRecorded : value);
  const list = (values: string[]) => (values.length ? values.join(', ') : notRecorded);
  const rows: [string, ReactNode][] = [
    ['Reference', item.reference],
    ['Sex', text(sexLabel(item.sex))],
    ['Date of birth', item.dateOfBirth ? formatDate(item.dateOfBirth) : notRecorded],
    ['Age at audit', item.ageAtAudit === null ? notRecorded : `${item.ageAtAudit} ${item.ageAtAudit === 1 ? 'year' : 'years'}`],
    ['Age stage', text(ageStageLabel(item.ageStage))],
    ['Ethnicity', item.ethnicity ? `${item.ethnicity}${item.ethnicityLabel ? ` – ${item.ethnicityLabel}` : ''}${item.ethnicityGroup ? ` (${item.ethnicityGroup})` : ''}` : notRecorded],
    ['Disability or SEN', text(yesNoLabel(item.disability))],
    ['Level of need', text(levelOfNeedLabel(item.levelOfNeed))],
    ['Neglect types', list(item.neglectTypes.map(neglectTypeLabel))],
    ['Vulnerabilities', list(item.vulnerabilities)],
    ['Agencies involved', list(item.agencies)],
    ['Plan start date', item.planStartDate ? formatDate(item.planStartDate) : notRecorded],
    ['Notes', text(item.notes)],
  ];
  return (
    <dl className="facts case-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="fact-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
