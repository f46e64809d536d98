// A small, valid, fictional framework definition for tests; each call returns a fresh copy to edit.
import type { FrameworkDefinition } from '../../../model/framework';

export function sampleDefinition() {
  return {
    key: 'fictional-audit',
    name: 'Fictional audit',
    version: 1,
    description: 'A made-up framework for tests.',
    scale: {
      levels: [
        { label: 'Weak', value: 1, colour: '#b03a2e', description: '' },
        { label: 'Strong', value: 3, colour: '#1b7a3e', description: 'Clearly good.' },
        { label: 'Fair', value: 2, colour: '#e69f00', description: '' },
      ],
      notApplicableLabel: 'Not applicable',
      goodOrBetterFrom: 2,
    },
    domains: [
      {
        key: 'first-domain',
        title: 'First domain',
        criteria: [
          { key: 'child-seen', title: 'Was the child seen?', guidance: ['Seen alone?'], whatGoodLooksLike: 'Seen and heard.' },
          { key: 'plan-clear', title: 'Is the plan clear?', guidance: [], whatGoodLooksLike: '' },
        ],
      },
      {
        key: 'second-domain',
        title: 'Second domain',
        criteria: [{ key: 'no-drift', title: 'Is there drift?', guidance: [], whatGoodLooksLike: '' }],
      },
    ],
  };
}

/** A valid framework with `count` criteria spread over `domains` domains. */
export function withCriteria(count: number, domains = 1): FrameworkDefinition {
  const fw = sampleDefinition() as unknown as FrameworkDefinition;
  const perDomain = Math.ceil(count / domains);
  fw.key = 'many-criteria';
  fw.domains = Array.from({ length: domains }, (_, d) => ({
    key: `domain-${d + 1}`,
    title: `Domain ${d + 1}`,
    criteria: Array.from({ length: Math.min(perDomain, count - d * perDomain) }, (_, i) => {
      const n = d * perDomain + i + 1;
      return { key: `criterion-${n}`, title: `Criterion ${n}`, guidance: [], whatGoodLooksLike: '' };
    }),
  }));
  return fw;
}
