// A criterion's grade in a small chip: the level's colour and label, "N/A", or a dash when there
// is no grade yet. Screen readers hear the words, not the dash.
import type { ScaleLevel } from '@model/framework';
import { textColourOn } from '../lib/colour';
import './audit.css';

interface Props {
  levels: ScaleLevel[];
  value: number | null;
  notApplicable?: boolean;
  notApplicableLabel?: string;
}

export function GradeMark({ levels, value, notApplicable = false, notApplicableLabel = 'Not applicable' }: Props) {
  if (notApplicable)
    return (
      <span className="aw-chip aw-chip-na">
        <span aria-hidden="true">N/A</span>
        <span className="visually-hidden">{notApplicableLabel}</span>
      </span>
    );
  const level = value === null ? undefined : levels.find((l) => l.value === value);
  if (!level)
    return (
      <span className="aw-chip aw-chip-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not graded</span>
      </span>
    );
  return (
    <span className="aw-chip" style={{ backgroundColor: level.colour, color: textColourOn(level.colour) }}>
      {level.label}
    </span>
  );
}
