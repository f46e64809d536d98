// Colours for charts: the Okabe–Ito palette, which stays distinguishable with the common forms of
// colour blindness. Levels are coloured by their place on the scale (best first), not by the
// colours a framework author chose, so every chart reads the same way.
const bestToWorst = ['#0072B2', '#56B4E9', '#009E73', '#F0E442', '#E69F00', '#D55E00', '#CC79A7'];
const fourLevels = ['#0072B2', '#56B4E9', '#E69F00', '#D55E00'];
const threeLevels = ['#0072B2', '#E69F00', '#D55E00'];

export function levelColours(count: number): string[] {
  if (count === 4) return fourLevels;
  if (count === 3) return threeLevels;
  return bestToWorst.slice(0, count);
}

export const previousEventColour = '#999999';
export const currentEventColour = '#0072B2';
