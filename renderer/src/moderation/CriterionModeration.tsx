// One criterion in moderation: every agency's own grade side by side (read-only), the
// disagreement flag, and the agreed multi-agency grade with its rationale.
import type { ModerationCriterion } from '@contract/types';
import type { ScaleLevel } from '@model/framework';
import { auditStatusLabel } from '@model/labels';
import { ExpandableText } from '../components/ExpandableText';
import { AgreedGrade, type AgreedChoice } from './AgreedGrade';
import { DisagreementFlag } from './DisagreementFlag';
import { GradeChip } from './GradeChip';

interface Props {
  number: number;
  criterion: ModerationCriterion;
  levels: ScaleLevel[];
  notApplicableLabel: string;
  locked: boolean;
  onChoose: (choice: Exclude<AgreedChoice, null>, undo: () => void) => void;
  onRationale: (text: string) => void;
  onRationaleDone: () => void;
}

export function agreedChoice(agreed: ModerationCriterion['agreed']): AgreedChoice {
  if (!agreed) return null;
  if (agreed.notApplicable) return 'na';
  return agreed.value;
}

export function CriterionModeration({ number, criterion, levels, notApplicableLabel, locked, onChoose, onRationale, onRationaleDone }: Props) {
  const headingId = `criterion-${criterion.key}`;
  const agreed = agreedChoice(criterion.agreed);
  return (
    <section aria-labelledby={headingId} className={`moderation-criterion${criterion.disagreement ? ' has-disagreement' : ''}`}>
      <div className="criterion-head">
        <h3 id={headingId}>
          <span className="criterion-number">{number}.</span> {criterion.title}
        </h3>
        {agreed !== null ? (
          <span className="agreed-state agreed-done">Agreed</span>
        ) : (
          <span className="agreed-state">Not yet agreed</span>
        )}
      </div>
      {criterion.disagreement && <DisagreementFlag />}
      {criterion.grades.length === 0 ? (
        <p className="note">No agency has started an audit of this case yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table grades-table">
            <caption className="visually-hidden">Each agency’s own grade for {criterion.title}</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Auditor</th>
                <th scope="col">Grade</th>
                <th scope="col">Why this judgement</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {criterion.grades.map((g) => (
                <tr key={g.auditId}>
                  <th scope="row">
                    {g.agencyName}
                    <span className="agency-audit-status">{auditStatusLabel(g.status)}</span>
                  </th>
                  <td>{g.auditor || <span className="text-empty">Not recorded</span>}</td>
                  <td className="grade-cell">
                    <GradeChip value={g.value} notApplicable={g.notApplicable} levels={levels} notApplicableLabel={notApplicableLabel} />
                    {g.notApplicable && g.notApplicableReason && <span className="na-reason">{g.notApplicableReason}</span>}
                  </td>
                  <td>
                    <ExpandableText text={g.rationale} what={`of ${g.agencyName}’s reasons`} empty="None given" />
                  </td>
                  <td>
                    <ExpandableText text={g.evidence} what={`of ${g.agencyName}’s evidence`} empty="None given" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AgreedGrade
        legend={`Agreed grade for ${criterion.title}`}
        rationaleFor={`for ${criterion.title}`}
        levels={levels}
        notApplicableLabel={notApplicableLabel}
        choice={agreed}
        rationale={criterion.agreed?.rationale ?? ''}
        locked={locked}
        onChoose={onChoose}
        onRationale={onRationale}
        onRationaleDone={onRationaleDone}
      />
    </section>
  );
}
