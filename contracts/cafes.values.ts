// The fixed lists of values a café is described with, apart from their schemas in cafes.ts so that
// the participant's board, which only checks them (cafes.answers.ts), needs no validation library.

export const CAFE_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const CAFE_STATUSES = ['planned', 'live', 'closed'] as const;
/** Dot voting, approval, pairwise comparison, or agree / disagree / pass on statements. */
export const VOTING_METHODS = ['dots', 'approval', 'pairwise', 'agreement'] as const;

/** Votes counted in from paper: sticker dots on a flip chart, or hands raised in the room. */
export const PAPER_VOTE_KINDS = ['dots', 'hands'] as const;

/** The people who hold a café together. */
export const CAFE_ROLES = ['lead_host', 'table_host', 'seed_storyteller', 'timekeeper'] as const;

/**
 * What a statement's counts say, worked out on the server from those who agreed or disagreed
 * (passes are shown but do not decide it): fewer than 3 → too few votes yet; nobody on the other
 * side → everyone agreed / disagreed; at least two in three → most agreed / disagreed; else split.
 */
export const AGREEMENT_LABELS = [
  'too_few',
  'everyone_agreed',
  'most_agreed',
  'split',
  'most_disagreed',
  'everyone_disagreed',
] as const;

/**
 * The request header a participant's phone sends with each café action (a vote, a tick, a choice, an
 * idea): the participant id of the seat the action was made from. An action kept on the phone while
 * the connection was down is sent later, perhaps after someone else has taken the phone's place in
 * the café; the server refuses it (409) unless the phone still holds that seat.
 */
export const MADE_BY_HEADER = 'cairn-made-by';
