// Short forms for the agency table's column headers: pinned by hand, not worked out by the code.
import { describe, expect, it } from 'vitest';
import { abbreviate } from '../../../model/abbreviations';
import { bandLabels } from '../../../core/report/agency-table';

describe('short forms of agency names', () => {
  it('drops the word every name shares, keeps acronyms, and takes initials of the rest', () => {
    expect(
      abbreviate(["Anyshire Children's Social Care", 'Anyshire Community Health (Health Visiting)', 'Anyshire School Nursing', 'Anyshire Constabulary', 'Anyshire Schools', 'Anyshire Early Help', 'Anyshire CAMHS']),
    ).toEqual(['CSC', 'CH (HV)', 'SN', 'Const.', 'Schools', 'EH', 'CAMHS']);
  });

  it('leaves short single words whole, skips minor words and numbers repeats so each is different', () => {
    expect(abbreviate(['Police', 'Children and Families Service', 'Community First Service', 'Probation'])).toEqual(['Police', 'CFS', 'CFS2', 'Proba.']);
  });

  it('keeps a lone name as it is when nothing would be left', () => {
    expect(abbreviate(['Health', 'Health'])).toEqual(['Health', 'Health2']);
  });
});

describe('the key to the agency table shading', () => {
  it('names each band by the whole percentages it covers', () => {
    const bands = [
      { below: 0.5, fill: 'F4C7B8' },
      { below: 0.7, fill: 'FCE6B8' },
      { below: 0.85, fill: 'D6E9F5' },
      { below: 1.01, fill: 'A9CFEA' },
    ];
    expect(bandLabels(bands)).toEqual(['under 50%', '50% to 69%', '70% to 84%', '85% or more']);
  });
});

describe('shading by the figure printed', () => {
  it('shades 69.6% (printed 70%) as 70% and 69.4% (printed 69%) as under 70%', async () => {
    const { bandFill } = await import('../../../core/report/docx-kit');
    const style = { bands: [{ below: 0.5, fill: 'AAAAAA' }, { below: 0.7, fill: 'BBBBBB' }, { below: 1.01, fill: 'CCCCCC' }] } as Parameters<typeof bandFill>[0];
    expect([0.696, 0.694, 0.4949, 0.4951, 1, null].map((s) => bandFill(style, s))).toEqual(['CCCCCC', 'BBBBBB', 'AAAAAA', 'BBBBBB', 'CCCCCC', null]);
  });
});
