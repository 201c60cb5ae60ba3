import {
  BoardSchema,
  CafeListResponseSchema,
  CafeParamsSchema,
  CafeRolesRequestSchema,
  CafeSchema,
  ControlRequestSchema,
  CreateCafeRequestSchema,
  CreatedIdeaSchema,
  CreateIdeaRequestSchema,
  HarvestSchema,
  HelpRequestSchema,
  HideIdeaRequestSchema,
  IdeaParamsSchema,
  JoinCafeRequestSchema,
  JoinCafeResponseSchema,
  MergeIdeasRequestSchema,
  ModerateIdeaRequestSchema,
  OpenTableHostRequestSchema,
  OpenTableHostResponseSchema,
  PairSchema,
  PairwiseChoiceRequestSchema,
  PaperVotesRequestSchema,
  PublicCafeSchema,
  RoundParamsSchema,
  RoundVotingRequestSchema,
  SendPriorityRequestSchema,
  SignUpListSchema,
  SignUpRequestSchema,
  SignUpResponseSchema,
  SimilarIdeasResponseSchema,
  StatementVoteRequestSchema,
  TableHostIdeaRequestSchema,
  TableHostLinksSchema,
  TableHostViewSchema,
  TableParamsSchema,
  VoteRequestSchema,
} from './cafes.js';
import { OkSchema } from './common.js';
import { endpoint } from './endpoint.js';

// The table cards and harvest downloads (PDF, DOCX), the photos (upload and image) and the live
// board's WebSocket are not declared here: they are plain routes with their own content types.

/** Planning a café and naming its team: for its facilitators. */
export const cafePlanningEndpoints = {
  createCafe: endpoint({
    method: 'POST',
    path: '/api/cafes',
    access: 'signed-in',
    summary: 'Plan a café: its rounds, tables, team, way of voting and join code',
    body: CreateCafeRequestSchema,
    status: 201,
    response: CafeSchema,
  }),
  listCafes: endpoint({
    method: 'GET',
    path: '/api/cafes',
    access: 'signed-in',
    summary: 'The cafés of the organisations the caller may run cafés for, the latest first',
    status: 200,
    response: CafeListResponseSchema,
  }),
  getCafe: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId',
    access: 'signed-in',
    summary: 'One café as its facilitators see it',
    params: CafeParamsSchema,
    status: 200,
    response: CafeSchema,
  }),
  setRoundVoting: endpoint({
    method: 'PUT',
    path: '/api/cafes/:cafeId/rounds/:position/voting-method',
    access: 'signed-in',
    summary: 'Change how people vote in a round, until voting first opens in it',
    params: RoundParamsSchema,
    body: RoundVotingRequestSchema,
    status: 200,
    response: CafeSchema,
  }),
  setRoles: endpoint({
    method: 'PUT',
    path: '/api/cafes/:cafeId/roles',
    access: 'signed-in',
    summary: 'Name the café team (saved whole)',
    params: CafeParamsSchema,
    body: CafeRolesRequestSchema,
    status: 200,
    response: CafeSchema,
  }),
};

/** The public sign-up page (no account needed), and the hosts' list of who signed up. */
export const cafeSignUpEndpoints = {
  getPublicCafe: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/public',
    access: 'public',
    summary: 'What anyone may read about a café open for sign-up (never its join code)',
    params: CafeParamsSchema,
    status: 200,
    response: PublicCafeSchema,
  }),
  signUp: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/sign-ups',
    access: 'public',
    summary: 'Sign up for a café, no account needed',
    params: CafeParamsSchema,
    body: SignUpRequestSchema,
    status: 201,
    response: SignUpResponseSchema,
  }),
  listSignUps: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/sign-ups',
    access: 'signed-in',
    summary: 'Who has signed up, with their access needs, for the hosts (audited)',
    params: CafeParamsSchema,
    status: 200,
    response: SignUpListSchema,
  }),
};

/**
 * The café on the day. Joining and adding ideas are public: participants have no account, only the
 * café's participant cookie (a facilitator may add ideas for any table).
 */
export const cafeRunningEndpoints = {
  join: endpoint({
    method: 'POST',
    path: '/api/cafes/join',
    access: 'public',
    summary: 'Join a café by its code, no account needed; sets the café’s participant cookie',
    body: JoinCafeRequestSchema,
    status: 200,
    response: JoinCafeResponseSchema,
  }),
  forgetPhone: endpoint({
    method: 'POST',
    path: '/api/cafes/forget-phone',
    access: 'public',
    summary:
      'Forget this browser’s place in every café and at every café table it hosts (asked for on signing out of a shared phone); no account needed',
    status: 200,
    response: OkSchema,
  }),
  addIdea: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/ideas',
    access: 'public',
    summary: 'Add an idea to the current round (participant or facilitator)',
    params: CafeParamsSchema,
    body: CreateIdeaRequestSchema,
    status: 201,
    response: CreatedIdeaSchema,
  }),
  control: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/control',
    access: 'signed-in',
    summary: 'Move the café along: start, next round, open or close voting, close',
    params: CafeParamsSchema,
    body: ControlRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
};

/**
 * Table hosts on the day, with no account: a table-host link opens a cookie for one table of one café
 * (like joining by code), which lets them add their table's paper notes, count its sticker dots and
 * hide what breaks the etiquette, until the café closes or the facilitator makes a new link.
 */
export const cafeTableHostEndpoints = {
  open: endpoint({
    method: 'POST',
    path: '/api/cafes/table-host',
    access: 'public',
    summary: 'Open a table-host link: sets the café’s table-host cookie for that one table',
    body: OpenTableHostRequestSchema,
    status: 200,
    response: OpenTableHostResponseSchema,
  }),
  view: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/table-host',
    access: 'public',
    summary: 'The table host’s own table: its ideas with raw counts (table-host cookie)',
    params: CafeParamsSchema,
    status: 200,
    response: TableHostViewSchema,
  }),
  addIdea: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/table-host/ideas',
    access: 'public',
    summary: 'Add an idea from the table’s paper, to the host’s table (audited)',
    params: CafeParamsSchema,
    body: TableHostIdeaRequestSchema,
    status: 201,
    response: CreatedIdeaSchema,
  }),
  countPaperVotes: endpoint({
    method: 'PUT',
    path: '/api/cafes/:cafeId/table-host/ideas/:ideaId/paper-votes',
    access: 'public',
    summary: 'Count in sticker dots or hands for one of the host’s table’s ideas, as a total (audited)',
    params: IdeaParamsSchema,
    body: PaperVotesRequestSchema,
    status: 200,
    response: TableHostViewSchema,
  }),
  hideIdea: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/table-host/ideas/:ideaId/hide',
    access: 'public',
    summary: 'Hide one of the host’s table’s ideas that breaks the etiquette, saying why (audited)',
    params: IdeaParamsSchema,
    body: HideIdeaRequestSchema,
    status: 200,
    response: TableHostViewSchema,
  }),
  listLinks: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/table-host-links',
    access: 'signed-in',
    summary: 'Each table’s host link, for the facilitator to hand out',
    params: CafeParamsSchema,
    status: 200,
    response: TableHostLinksSchema,
  }),
  replaceLink: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/table-host-links/:tableNumber',
    access: 'signed-in',
    summary: 'Make a new host link for a table: the old one stops working at once (audited)',
    params: TableParamsSchema,
    status: 200,
    response: TableHostLinksSchema,
  }),
};

/** The board every screen shows: for the café's participants (cookie) and facilitators. */
export const cafeBoardEndpoints = {
  getBoard: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/board',
    access: 'public',
    summary: 'The board: ideas with raw counts and ranks, and what the reader has done',
    params: CafeParamsSchema,
    status: 200,
    response: BoardSchema,
  }),
};

/** Participants voting, in whichever way the café uses (participant cookie, no account). */
export const cafeVotingEndpoints = {
  vote: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/votes',
    access: 'public',
    summary: 'Put dots on an idea, or approve it (0 takes them back)',
    params: CafeParamsSchema,
    body: VoteRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
  nextPair: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/pair',
    access: 'public',
    summary: 'The next two ideas to compare (null when there are none left)',
    params: CafeParamsSchema,
    status: 200,
    response: PairSchema,
  }),
  choosePairwise: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/pairwise',
    access: 'public',
    summary: 'Choose between two ideas; answers with the next pair',
    params: CafeParamsSchema,
    body: PairwiseChoiceRequestSchema,
    status: 200,
    response: PairSchema,
  }),
  voteOnStatement: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/statement-votes',
    access: 'public',
    summary: 'Agree, disagree or pass on a statement',
    params: CafeParamsSchema,
    body: StatementVoteRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
  help: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/help',
    access: 'public',
    summary: 'Say you would help with an idea, or take it back',
    params: CafeParamsSchema,
    body: HelpRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
};

/** The facilitator tidying the board. */
export const cafeModerationEndpoints = {
  moderateIdea: endpoint({
    method: 'PATCH',
    path: '/api/cafes/:cafeId/ideas/:ideaId',
    access: 'signed-in',
    summary: 'Hide (or show again) an idea, or correct its words',
    params: IdeaParamsSchema,
    body: ModerateIdeaRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
  countPaperVotes: endpoint({
    method: 'PUT',
    path: '/api/cafes/:cafeId/ideas/:ideaId/paper-votes',
    access: 'signed-in',
    summary: 'Count in sticker dots or hands for an idea from paper, as a total (audited)',
    params: IdeaParamsSchema,
    body: PaperVotesRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
  mergeIdeas: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/merges',
    access: 'signed-in',
    summary: 'Merge a duplicate into another idea; its dots and help ticks move across',
    params: CafeParamsSchema,
    body: MergeIdeasRequestSchema,
    status: 200,
    response: BoardSchema,
  }),
  similarIdeas: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/similar-ideas',
    access: 'signed-in',
    summary: 'Likely duplicates, for the facilitator to merge',
    params: CafeParamsSchema,
    status: 200,
    response: SimilarIdeasResponseSchema,
  }),
};

/** What came of the café, for its facilitators. */
export const cafeHarvestEndpoints = {
  getHarvest: endpoint({
    method: 'GET',
    path: '/api/cafes/:cafeId/harvest',
    access: 'signed-in',
    summary: 'The harvest: priorities with raw counts, ideas by round and table, attendance, photos',
    params: CafeParamsSchema,
    status: 200,
    response: HarvestSchema,
  }),
  sendPriority: endpoint({
    method: 'POST',
    path: '/api/cafes/:cafeId/priorities',
    access: 'signed-in',
    summary: 'Send a priority on to co-production, with its counts at the time',
    params: CafeParamsSchema,
    body: SendPriorityRequestSchema,
    status: 200,
    response: HarvestSchema,
  }),
};
