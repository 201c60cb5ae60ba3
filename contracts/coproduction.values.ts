// The fixed lists of values "You said, we did" is described with, apart from their schemas in
// coproduction.ts so that the public pages, which only check them (coproduction.answers.ts), need no
// validation library.

export const PRIORITY_SOURCES = ['cafe', 'key_message', 'group', 'manual'] as const;
export const COMMITMENT_STATUSES = ['planned', 'in_progress', 'done', 'declined'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
/**
 * Where a priority stands, one of three, so the public page's figures add up to its number of
 * priorities: still to do (nothing promised yet, or a commitment planned or under way), done (nothing
 * left to do and something done) or not going ahead (every commitment declined).
 */
export const PRIORITY_STATES = ['open', 'done', 'declined'] as const;
export type PriorityState = (typeof PRIORITY_STATES)[number];
