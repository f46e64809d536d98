// Beside the grid: the chosen criterion's (or the overall judgement's) reasons and evidence from
// each audit, what its differences mean, and the agreed grade with its rationale.
import type { ModerationCriterion, ModerationView } from '@contract/types';
import { differenceDefinitions } from '@model/differences';
import type { ScaleLevel } from '@model/framework';
import { ExpandableText } from '../components/ExpandableText';
import { AgreedGrade, type AgreedChoice } from './AgreedGrade';
import { DifferenceBadges } from './DifferenceBadges';
import { GradeChip } from './GradeChip';

interface Common {
  view: ModerationView;
  levels: ScaleLevel[];
  notApplicableLabel: string;
  onChoose: (choice: Exclude<AgreedChoice, null>, undo: () => void) => void;
  onRationale: (text: string) => void;
  onRationaleDone: () => void;
}

export function agreedChoice(agreed: ModerationCriterion['agreed']): AgreedChoice {
  if (!agreed) return null;
  if (agreed.notApplicable) return 'na';
  return agreed.value;
}

function Meaning({ criterion }: { criterion: Pick<ModerationCriterion, 'differences'> }) {
  if (criterion.differences.length === 0) return <p className="hint">The audits that have graded this agree.</p>;
  return (
    <div className="panel-differences">
      <DifferenceBadges kinds={criterion.differences} />
      <ul className="hint">
        {criterion.differences.map((k) => (
          <li key={k}>{differenceDefinitions[k]}</li>
        ))}
      </ul>
    </div>
  );
}

export function CriterionDetail({ criterion, number, view, levels, notApplicableLabel, onChoose, onRationale, onRationaleDone }: Common & { criterion: ModerationCriterion; number: number }) {
  return (
    <section className="detail-panel" aria-labelledby="detail-heading">
      <h2 id="detail-heading">
        {number}. {criterion.title}
      </h2>
      <Meaning criterion={criterion} />
      {criterion.grades.length === 0 && <p className="note">No agency has started an audit of this case yet.</p>}
      <ol className="detail-audits">
        {criterion.grades.map((g) => (
          <li key={g.auditId}>
            <h3>
              {g.agencyName} <span className="grid-auditor">{g.auditor || 'Auditor not recorded'}</span>
            </h3>
            <p>
              <GradeChip value={g.value} notApplicable={g.notApplicable} levels={levels} notApplicableLabel={notApplicableLabel} />
              {g.notApplicable && g.notApplicableReason && <span className="na-reason"> {g.notApplicableReason}</span>}
            </p>
            <p className="detail-label">Why this judgement</p>
            <p className="detail-text">
              <ExpandableText text={g.rationale} limit={400} what={`of ${g.agencyName}’s reasons`} empty="None given" />
            </p>
            <p className="detail-label">Evidence</p>
            <p className="detail-text">
              <ExpandableText text={g.evidence} limit={600} what={`of ${g.agencyName}’s evidence`} empty="None given" />
            </p>
          </li>
        ))}
      </ol>
      <AgreedGrade
        legend={`Agreed grade for ${criterion.title}`}
        rationaleFor={`for ${criterion.title}`}
        levels={levels}
        notApplicableLabel={notApplicableLabel}
        choice={agreedChoice(criterion.agreed)}
        rationale={criterion.agreed?.rationale ?? ''}
        locked={view.locked}
        onChoose={onChoose}
        onRationale={onRationale}
        onRationaleDone={onRationaleDone}
      />
    </section>
  );
}

export function OverallDetail({ view, levels, notApplicableLabel, onChoose, onRationale, onRationaleDone }: Common) {
  const { overall } = view;
  return (
    <section className="detail-panel" aria-labelledby="detail-heading">
      <h2 id="detail-heading">Overall judgement</h2>
      <Meaning criterion={overall} />
      <ol className="detail-audits">
        {overall.grades.map((g) => (
          <li key={g.auditId}>
            <h3>
              {g.agencyName} <span className="grid-auditor">{g.auditor || 'Auditor not recorded'}</span>
            </h3>
            <p>
              <GradeChip value={g.value} levels={levels} notApplicableLabel={notApplicableLabel} />
            </p>
            <p className="detail-label">Why this judgement</p>
            <p className="detail-text">
              <ExpandableText text={g.rationale} limit={400} what={`of ${g.agencyName}’s overall reasons`} empty="None given" />
            </p>
          </li>
        ))}
      </ol>
      <AgreedGrade
        legend="Agreed overall grade"
        rationaleFor="overall"
        levels={levels}
        choice={overall.agreedValue}
        rationale={overall.agreedRationale}
        locked={view.locked}
        onChoose={(choice, undo) => {
          if (choice !== 'na') onChoose(choice, undo);
        }}
        onRationale={onRationale}
        onRationaleDone={onRationaleDone}
      />
    </section>
  );
}
