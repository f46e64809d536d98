// The grading scale as coloured chips, best first, with what counts as "good or better".
import { levelsBestFirst, type FrameworkDefinition } from '@model/framework';
import { keyedLevels, NOT_APPLICABLE_KEY, valuesAreKeys } from '@model/grade-keys';
import { textColourOn } from '../lib/colour';

export function ScaleView({ scale }: { scale: FrameworkDefinition['scale'] }) {
  const levels = levelsBestFirst(scale.levels);
  const good = levels.filter((l) => l.value >= scale.goodOrBetterFrom);
  return (
    <>
      <ul className="scale-list">
        {levels.map((level) => (
          <li key={level.value} className="scale-item">
            <span className="chip" style={{ backgroundColor: level.colour, color: textColourOn(level.colour) }}>
              {level.label} <span className="chip-value">({level.value})</span>
            </span>
            {level.description && <span className="scale-description">{level.description}</span>}
          </li>
        ))}
        <li className="scale-item">
          <span className="chip chip-na">{scale.notApplicableLabel}</span>
          <span className="scale-description">Not applicable is not a score: it is left out of every percentage.</span>
        </li>
      </ul>
      <p>
        <strong>Good or better:</strong> {good.map((l) => `${l.label} (${l.value})`).join(', ') || 'no level'} – values of{' '}
        {scale.goodOrBetterFrom} and above count towards “% good or better”.
      </p>
      <p>
        <strong>Keys:</strong>{' '}
        {keyedLevels(scale.levels)
          .filter((l) => l.key !== null)
          .map((l) => `${l.key} ${l.label}`)
          .join(', ')}
        , {NOT_APPLICABLE_KEY} {scale.notApplicableLabel}.{' '}
        {valuesAreKeys(scale.levels)
          ? 'In the audit workspace and in moderation the key is the level’s value.'
          : 'The values are not 1 to n, so the keys count from the worst level (1).'}
      </p>
    </>
  );
}
