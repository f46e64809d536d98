// A grade as the framework shows it: a chip in the level's colour with its label and value, a
// dashed "Not applicable" chip, or a plain "Not graded".
import type { ScaleLevel } from '@model/framework';
import { textColourOn } from '../lib/colour';

interface Props {
  value: number | null;
  notApplicable?: boolean;
  levels: ScaleLevel[];
  notApplicableLabel: string;
}

export function GradeChip({ value, notApplicable, levels, notApplicableLabel }: Props) {
  if (notApplicable) return <span className="grade-chip chip-na">{notApplicableLabel}</span>;
  if (value === null) return <span className="grade-none">Not graded</span>;
  const level = levels.find((l) => l.value === value);
  if (!level) return <span className="grade-chip chip-na">{value}</span>;
  return (
    <span className="grade-chip" style={{ backgroundColor: level.colour, color: textColourOn(level.colour) }}>
      {level.label} <span className="chip-value">({level.value})</span>
    </span>
  );
}
