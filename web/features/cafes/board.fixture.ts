import type { Board } from '../../../contracts/cafes.js';

/** Tests' café and participant. */
export const CAFE = 'c0ffee00-0000-4000-8000-000000000001';
export const PARTICIPANT = 'c0ffee00-0000-4000-8000-0000000000a1';

/** A participant's board as the server answers it: whose it is, and whether the café is still open. */
export function boardOf({
  me = true,
  joinCode = null as string | null,
  status = 'live' as Board['cafe']['status'],
} = {}): Board {
  return {
    cafe: {
      id: CAFE,
      organisationId: CAFE,
      title: 'What would help?',
      purpose: '',
      format: 'in_person',
      startsAt: null,
      venue: '',
      accessInfo: '',
      capacity: null,
      joinCode,
      status,
      currentRound: 1,
      roundEndsAt: null,
      votingMethod: 'dots',
      votingOpen: true,
      dotsPerPerson: 3,
      allowStacking: false,
      rounds: [],
      tables: [],
      roles: [],
      signUpOpen: false,
      signUps: 0,
    },
    ideas: [],
    participants: 1,
    opinionGroups: null,
    me: me
      ? {
          participantId: PARTICIPANT,
          tableId: CAFE,
          tableNumber: 1,
          dotsLeft: 3,
          votes: {},
          helping: [],
          helpingWithContact: [],
          statementVotes: {},
        }
      : null,
    version: 1,
  };
}
