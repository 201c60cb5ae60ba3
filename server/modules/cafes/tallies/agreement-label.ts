// A plain-words reading of one statement's agree / disagree / pass counts, so that the projector,
// the run page and every phone say the same thing and anyone can check it against the counts.
import type { VoteCounts } from './consensus.js';

export type AgreementLabel =
  'too_few' | 'everyone_agreed' | 'most_agreed' | 'split' | 'most_disagreed' | 'everyone_disagreed';

/** Fewer people than this taking a side (agree or disagree) is "too few votes yet". */
export const MIN_SIDED_VOTES = 3;

/**
 * The label for a statement's counts. Passes are shown beside it but do not decide it: only people
 * who agreed or disagreed took a side. With fewer than 3 of them it is "too few votes yet"; all of
 * them agreeing (or disagreeing) is "everyone agreed" ("everyone disagreed"); at least two in three
 * agreeing (disagreeing) is "most agreed" ("most disagreed"); anything closer is "split".
 */
export function agreementLabel(counts: Pick<VoteCounts, 'agrees' | 'disagrees'>): AgreementLabel {
  const { agrees, disagrees } = counts;
  const sided = agrees + disagrees;
  if (sided < MIN_SIDED_VOTES) return 'too_few';
  if (disagrees === 0) return 'everyone_agreed';
  if (agrees === 0) return 'everyone_disagreed';
  // "Most" is at least two in three of those who took a side, compared in whole numbers.
  if (agrees * 3 >= sided * 2) return 'most_agreed';
  if (disagrees * 3 >= sided * 2) return 'most_disagreed';
  return 'split';
}
