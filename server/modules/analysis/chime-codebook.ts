import type { ChimeCode } from '../../text/index.js';

export type SeedCode = {
  name: string;
  definition: string;
  colour: string;
  suggestionKey?: ChimeCode;
  children: string[];
};

/**
 * The CHIME personal recovery framework (Leamy et al., 2011) with its subcategories, plus
 * "Difficulties and barriers" so the hard parts of a story are coded too, not only the hopeful ones.
 */
export const CHIME_CODEBOOK: SeedCode[] = [
  {
    name: 'Connectedness',
    definition: 'Relationships and belonging: peers, family, friends, groups and the wider community.',
    colour: '#2d6a5f',
    suggestionKey: 'connectedness',
    children: [
      'Peer support and support groups',
      'Relationships',
      'Support from others',
      'Being part of the community',
    ],
  },
  {
    name: 'Hope and optimism',
    definition: 'Believing recovery is possible, and the things that keep that belief going.',
    colour: '#1f5a7a',
    suggestionKey: 'hope',
    children: [
      'Belief in the possibility of recovery',
      'Motivation to change',
      'Hope-inspiring relationships',
      'Positive thinking and valuing success',
      'Having dreams and aspirations',
    ],
  },
  {
    name: 'Identity',
    definition: 'Who the person is beyond illness or addiction, and how they see themselves.',
    colour: '#5b3f78',
    suggestionKey: 'identity',
    children: ['Dimensions of identity', 'Rebuilding a positive sense of identity', 'Overcoming stigma'],
  },
  {
    name: 'Meaning in life',
    definition: 'Purpose, roles and quality of life; making sense of what happened.',
    colour: '#8c3a0f',
    suggestionKey: 'meaning',
    children: [
      'Meaning of mental illness experiences',
      'Spirituality',
      'Quality of life',
      'Meaningful life and social roles',
      'Meaningful life and social goals',
      'Rebuilding life',
    ],
  },
  {
    name: 'Empowerment',
    definition: 'Having control, taking responsibility and building on strengths.',
    colour: '#1e6b3a',
    suggestionKey: 'empowerment',
    children: ['Personal responsibility', 'Control over life', 'Focusing upon strengths'],
  },
  {
    name: 'Difficulties and barriers',
    definition:
      'What got in the way: services, stigma, money, housing, waiting, setbacks. Code it so decision makers hear it.',
    colour: '#a8231b',
    children: [],
  },
];
