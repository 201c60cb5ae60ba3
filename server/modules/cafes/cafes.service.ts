import { randomInt } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Board, Cafe, CafeRole, CreateCafeRequest } from '../../../contracts/cafes.js';
import { CreateCafeRequestSchema } from '../../../contracts/cafes.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findSimilarPairs } from '../../text/index.js';
import { findOrganisationById } from '../people/index.js';
import { mayRunCafe } from './cafes.policy.js';
import { consensus, groupParticipants, type StatementVoteValue } from './opinion-groups.js';
import { nextPair, rankByValue, scorePairwise, type PairwiseChoice } from './prioritise.js';
import * as repo from './cafes.repository.js';

/** Channel on which every change to any café is announced (payload: café id and version). */
export const CAFE_EVENTS_CHANNEL = 'cafe_events';
/** Each café has its own participant cookie, so one browser can be in two cafés. */
export function participantCookie(cafeId: string): string {
  return `cairn_p_${cafeId.replaceAll('-', '')}`;
}

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newJoinCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Who is asking about a café: its facilitator (signed in), a participant (cookie), or nobody. */
export type CafeReader = { actor: Actor | null; participantToken: string | undefined };

async function announce(
  context: ModuleContext,
  cafeId: string,
  version: number,
  kind: 'change' | 'join' = 'change',
) {
  await context.events.publish(CAFE_EVENTS_CHANNEL, { cafeId, version, kind });
}

/** May this reader watch the café live? A light check: no board is built for it. */
export async function mayWatch(context: ModuleContext, reader: CafeReader, cafeId: string): Promise<boolean> {
  if (reader.participantToken) {
    const participant = await repo.findParticipantByToken(
      context.db,
      cafeId,
      hashToken(reader.participantToken),
    );
    if (participant) return true;
  }
  if (!reader.actor) return false;
  const cafe = await repo.findCafe(context.db, cafeId);
  return cafe !== undefined && mayRunCafe(reader.actor, cafe.organisationId);
}

function toCafe(
  row: repo.CafeRow,
  rounds: Awaited<ReturnType<typeof repo.findRounds>>,
  tables: Awaited<ReturnType<typeof repo.findTables>>,
  roles: Awaited<ReturnType<typeof repo.findRoles>>,
  signUps: number,
): Cafe {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    purpose: row.purpose,
    format: row.format,
    startsAt: row.startsAt?.toISOString() ?? null,
    venue: row.venue,
    accessInfo: row.accessInfo,
    capacity: row.capacity,
    joinCode: row.joinCode,
    status: row.status,
    currentRound: row.currentRound,
    roundEndsAt: row.roundEndsAt?.toISOString() ?? null,
    votingMethod: row.votingMethod,
    votingOpen: row.votingOpen,
    dotsPerPerson: row.dotsPerPerson,
    allowStacking: row.allowStacking,
    rounds: rounds.map((r) => ({ position: r.position, question: r.question, minutes: r.minutes })),
    tables: tables.map((t) => ({ id: t.id, number: t.number, videoUrl: t.videoUrl })),
    roles: roles.map((r) => ({ role: r.role, name: r.name, tableNumber: r.tableNumber })),
    signUpOpen: row.signUpOpen,
    signUps,
  };
}

type Layout = {
  rounds: Awaited<ReturnType<typeof repo.findRounds>>;
  tables: Awaited<ReturnType<typeof repo.findTables>>;
};

/**
 * Rounds and tables are fixed when a café is created, so every board build (many a second in a
 * full café) reads them once per process. Oldest entries go first once the cache is full.
 */
const layouts = new Map<string, Layout>();
const LAYOUT_CACHE_SIZE = 500;

async function loadLayout(db: DbOrTx, cafeId: string): Promise<Layout> {
  const cached = layouts.get(cafeId);
  if (cached) return cached;
  const [rounds, tables] = await Promise.all([repo.findRounds(db, cafeId), repo.findTables(db, cafeId)]);
  const layout = { rounds, tables };
  // A café created in a transaction not yet committed has no tables to anyone else: never cache that.
  if (tables.length > 0) {
    if (layouts.size >= LAYOUT_CACHE_SIZE) layouts.delete(layouts.keys().next().value ?? '');
    layouts.set(cafeId, layout);
  }
  return layout;
}

async function loadCafe(db: DbOrTx, cafeId: string) {
  const row = await repo.findCafe(db, cafeId);
  if (!row) throw notFound('This café');
  const [layout, roles, signUps] = await Promise.all([
    loadLayout(db, cafeId),
    repo.findRoles(db, cafeId),
    repo.countSignUps(db, cafeId),
  ]);
  return { row, cafe: toCafe(row, layout.rounds, layout.tables, roles, signUps) };
}

export async function requireFacilitator(context: ModuleContext, actorOrNull: Actor | null, cafeId: string) {
  const actor = requireActor(actorOrNull);
  const loaded = await loadCafe(context.db, cafeId);
  if (!mayRunCafe(actor, loaded.row.organisationId)) throw notFound('This café');
  return { actor, ...loaded };
}

async function requireParticipant(context: ModuleContext, reader: CafeReader, cafeId: string) {
  const participant = reader.participantToken
    ? await repo.findParticipantByToken(context.db, cafeId, hashToken(reader.participantToken))
    : undefined;
  if (!participant) throw new AppError('unauthenticated', 'Join the café with its code first.');
  return participant;
}

// --- plan -----------------------------------------------------------------------------------------

/** Table hosts need a table that exists; other roles belong to the whole café. */
function checkRoles(roles: CafeRole[], tables: number): CafeRole[] {
  roles.forEach((r, i) => {
    if (r.role === 'table_host' && (r.tableNumber === null || r.tableNumber > tables)) {
      throw new AppError('validation_failed', `Choose a table from 1 to ${tables} for ${r.name}.`, [
        { path: `roles.${i}.tableNumber`, message: `Choose a table from 1 to ${tables}` },
      ]);
    }
  });
  return roles.map((r) => ({ ...r, tableNumber: r.role === 'table_host' ? r.tableNumber : null }));
}

/** Names the café team. Saved whole, so the plan page can add, change and remove in one go. */
export async function setRoles(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  roles: CafeRole[],
): Promise<Cafe> {
  // Allowed after the café too, so the record of who held it can be put right.
  const { actor, cafe } = await requireFacilitator(context, actorOrNull, cafeId);
  await context.db.transaction(async (tx) => {
    await repo.replaceRoles(tx, cafeId, checkRoles(roles, cafe.tables.length));
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'cafe.roles_changed',
      subjectType: 'cafe',
      subjectId: cafeId,
    });
  });
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version);
  return (await loadCafe(context.db, cafeId)).cafe;
}

export async function createCafe(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: CreateCafeRequest,
): Promise<Cafe> {
  const actor = requireActor(actorOrNull);
  const input = CreateCafeRequestSchema.parse(rawInput);
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayRunCafe(actor, organisation.id)) throw notFound('This organisation');
  const cafeId = await context.db.transaction(async (tx) => {
    let row: repo.CafeRow | undefined;
    for (let attempt = 0; attempt < 5 && !row; attempt++) {
      const code = newJoinCode();
      if (await repo.findOpenCafeByCode(tx, code)) continue;
      row = await repo.insertCafe(tx, {
        organisationId: organisation.id,
        title: input.title,
        purpose: input.purpose,
        format: input.format,
        startsAt: input.startsAt ? new Date(input.startsAt) : null,
        venue: input.venue,
        accessInfo: input.accessInfo,
        capacity: input.capacity ?? null,
        joinCode: code,
        votingMethod: input.votingMethod,
        dotsPerPerson: input.dotsPerPerson,
        allowStacking: input.allowStacking,
        videoLinkPattern: input.videoLinkPattern ?? null,
        signUpOpen: input.signUpOpen,
        createdBy: actor.personId,
      });
    }
    if (!row) throw new AppError('conflict', 'Could not find a free join code. Try again.');
    const id = row.id;
    await repo.insertRounds(
      tx,
      input.rounds.map((r, i) => ({ cafeId: id, position: i + 1, question: r.question, minutes: r.minutes })),
    );
    await repo.replaceRoles(tx, id, checkRoles(input.roles, input.tables));
    const pattern = input.videoLinkPattern;
    await repo.insertTables(
      tx,
      Array.from({ length: input.tables }, (_, i) => ({
        cafeId: id,
        number: i + 1,
        videoUrl:
          pattern && input.format !== 'in_person'
            ? pattern.replaceAll('{cafe}', row.joinCode.toLowerCase()).replaceAll('{table}', String(i + 1))
            : null,
      })),
    );
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'cafe.created',
      subjectType: 'cafe',
      subjectId: id,
    });
    return id;
  });
  return (await loadCafe(context.db, cafeId)).cafe;
}

export async function findCafes(context: ModuleContext, actorOrNull: Actor | null): Promise<Cafe[]> {
  const actor = requireActor(actorOrNull);
  const organisations = [
    ...new Set([...actor.memberships.map((m) => m.organisationId), ...actor.partnershipOrganisationIds]),
  ].filter((id) => mayRunCafe(actor, id));
  const rows = await repo.findCafesOfOrganisations(context.db, organisations);
  return Promise.all(rows.map(async (row) => (await loadCafe(context.db, row.id)).cafe));
}

export async function getCafe(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
): Promise<Cafe> {
  return (await requireFacilitator(context, actorOrNull, cafeId)).cafe;
}

// --- join -----------------------------------------------------------------------------------------

/** Joins by code, no account needed. A returning participant (cookie) gets their seat back. */
export async function joinCafe(
  context: ModuleContext,
  reply: FastifyReply,
  input: {
    code: string;
    displayName: string;
    tableNumber?: number | undefined;
    contact?: string | undefined;
    postcodeDistrict?: string | null | undefined;
    community?: string | null | undefined;
    existingToken?: string | undefined;
    personId?: string | undefined;
  },
) {
  const place = {
    postcodeDistrict: input.postcodeDistrict || null,
    community: input.community || null,
  };
  const cafe = await repo.findOpenCafeByCode(context.db, input.code);
  if (!cafe)
    throw new AppError(
      'not_found',
      'There is no open café with that code. Check the code shown in the room.',
    );
  const tables = await repo.findTables(context.db, cafe.id);
  if (input.existingToken) {
    const existing = await repo.findParticipantByToken(context.db, cafe.id, hashToken(input.existingToken));
    const table = tables.find((t) => t.id === existing?.tableId);
    if (existing && table) {
      // Someone coming back who now says where they are from: keep what they told us.
      const given = Object.fromEntries(Object.entries(place).filter(([, value]) => value !== null));
      if (Object.keys(given).length > 0) await repo.updateParticipant(context.db, existing.id, given);
      return {
        cafeId: cafe.id,
        participantId: existing.id,
        displayName: existing.displayName,
        tableId: table.id,
        tableNumber: table.number,
      };
    }
  }
  let table = input.tableNumber ? tables.find((t) => t.number === input.tableNumber) : undefined;
  if (input.tableNumber && !table)
    throw new AppError('validation_failed', `There is no table ${input.tableNumber}.`, [
      { path: 'tableNumber', message: `There is no table ${input.tableNumber}` },
    ]);
  if (!table) {
    // Seat newcomers at the emptiest table, so tables fill evenly (4–6 people each).
    const counts = new Map(
      (await repo.countParticipantsByTable(context.db, cafe.id)).map((c) => [c.tableId, c.count]),
    );
    table = [...tables].sort(
      (a, b) => (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0) || a.number - b.number,
    )[0];
  }
  if (!table) throw new AppError('conflict', 'This café has no tables yet.');
  const token = randomToken();
  const participant = await repo.insertParticipant(context.db, {
    cafeId: cafe.id,
    tokenHash: hashToken(token),
    displayName: input.displayName,
    tableId: table.id,
    personId: input.personId ?? null,
    contactEncrypted: input.contact ? context.cipher.encrypt(input.contact) : null,
    ...place,
  });
  reply.setCookie(participantCookie(cafe.id), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.config.publicUrl.startsWith('https://'),
    path: '/api/cafes',
    maxAge: 60 * 60 * 24 * 7,
  });
  const version = await repo.bumpVersion(context.db, cafe.id);
  await announce(context, cafe.id, version, 'join');
  return {
    cafeId: cafe.id,
    participantId: participant.id,
    displayName: participant.displayName,
    tableId: table.id,
    tableNumber: table.number,
  };
}

// --- the board ------------------------------------------------------------------------------------

/** Standard competition ranking (1, 2, 2, 4) by dots, over ideas still standing. */
function rankByDots(ideas: { id: string; dots: number; hidden: boolean; mergedInto: string | null }[]) {
  const standing = ideas
    .filter((i) => !i.hidden && !i.mergedInto)
    .map((i) => ({ ideaId: i.id, dots: i.dots }));
  return new Map(rankByValue(standing, (i) => i.dots).map((r) => [r.ideaId, r.rank]));
}

type MethodResults = {
  ranks: Map<string, number> | undefined;
  pairwise: Map<string, { wins: number; losses: number; cantDecide: number; score: number }>;
  agreement: Map<
    string,
    {
      agrees: number;
      disagrees: number;
      passes: number;
      votes: number;
      consensus: number;
      divisiveness: number;
    }
  >;
  opinionGroups: number | null;
  statementVotes: { participantId: string; statementId: string; vote: StatementVoteValue }[];
};

function toPairwiseChoice(row: Awaited<ReturnType<typeof repo.findPairwiseChoices>>[number]): PairwiseChoice {
  if (!row.winnerId)
    return { participantId: row.participantId, leftId: row.leftId, rightId: row.rightId, cantDecide: true };
  return {
    participantId: row.participantId,
    winnerId: row.winnerId,
    loserId: row.winnerId === row.leftId ? row.rightId : row.leftId,
  };
}

/** Scores for pairwise and agreement cafés (dots and approval are counted in SQL). */
function buildMethodResults(
  method: repo.CafeRow['votingMethod'],
  ideaIds: string[],
  choices: Awaited<ReturnType<typeof repo.findPairwiseChoices>>,
  statementRows: Awaited<ReturnType<typeof repo.findStatementVotes>>,
): MethodResults {
  const results: MethodResults = {
    ranks: undefined,
    pairwise: new Map(),
    agreement: new Map(),
    opinionGroups: null,
    statementVotes: [],
  };
  if (method === 'pairwise') {
    const scored = scorePairwise(choices.map(toPairwiseChoice), ideaIds);
    results.ranks = new Map(scored.map((r) => [r.ideaId, r.rank]));
    for (const r of scored)
      results.pairwise.set(r.ideaId, {
        wins: r.wins,
        losses: r.losses,
        cantDecide: r.cantDecide,
        score: r.score,
      });
  }
  if (method === 'agreement') {
    const votes = statementRows
      .filter((v) => ideaIds.includes(v.ideaId))
      .map((v) => ({
        participantId: v.participantId,
        statementId: v.ideaId,
        vote: Math.sign(v.vote) as StatementVoteValue,
      }));
    const grouping = groupParticipants(votes);
    const scored = consensus(votes, grouping.groups, ideaIds);
    results.ranks = new Map(
      rankByValue(
        scored.map((c) => ({ ideaId: c.statementId, value: c.groupInformedConsensus })),
        (c) => c.value,
      ).map((r) => [r.ideaId, r.rank]),
    );
    for (const c of scored) {
      results.agreement.set(c.statementId, {
        agrees: c.agrees,
        disagrees: c.disagrees,
        passes: c.passes,
        votes: c.votes,
        consensus: Math.round(c.groupInformedConsensus * 1000) / 1000,
        divisiveness: Math.round(c.divisiveness * 1000) / 1000,
      });
    }
    results.opinionGroups = Math.max(1, grouping.groups.length);
    results.statementVotes = votes;
  }
  return results;
}

/**
 * The live board. Everyone sees raw counts; hidden and merged ideas are shown only to the
 * facilitator; a participant also gets their own votes and dots left.
 */
export async function getBoard(context: ModuleContext, reader: CafeReader, cafeId: string): Promise<Board> {
  const facilitator = reader.actor
    ? await requireFacilitator(context, reader.actor, cafeId).catch(() => undefined)
    : undefined;
  const participant = facilitator
    ? reader.participantToken
      ? await repo.findParticipantByToken(context.db, cafeId, hashToken(reader.participantToken))
      : undefined
    : await requireParticipant(context, reader, cafeId);
  return buildBoard(context, cafeId, { facilitator: facilitator !== undefined, participant });
}

export async function buildBoard(
  context: ModuleContext,
  cafeId: string,
  view: { facilitator: boolean; participant: repo.ParticipantRow | undefined },
): Promise<Board> {
  const { row, cafe } = await loadCafe(context.db, cafeId);
  const [ideas, participants] = await Promise.all([
    repo.findIdeasWithCounts(context.db, cafeId),
    repo.countParticipants(context.db, cafeId),
  ]);
  const standingIds = ideas.filter((i) => !i.hidden && !i.mergedInto).map((i) => i.id);
  const method = buildMethodResults(
    row.votingMethod,
    standingIds,
    row.votingMethod === 'pairwise' ? await repo.findPairwiseChoices(context.db, cafeId) : [],
    row.votingMethod === 'agreement' ? await repo.findStatementVotes(context.db, cafeId) : [],
  );
  const ranks = method.ranks ?? rankByDots(ideas);
  const visible = view.facilitator ? ideas : ideas.filter((i) => !i.hidden && !i.mergedInto);
  let me: Board['me'] = null;
  if (view.participant) {
    const participant = view.participant;
    const [votes, help] = await Promise.all([
      repo.findVotesOfParticipant(context.db, participant.id),
      repo.findHelpOfParticipant(context.db, participant.id),
    ]);
    const used = votes.reduce((sum, v) => sum + v.dots, 0);
    me = {
      participantId: participant.id,
      tableId: participant.tableId,
      tableNumber: cafe.tables.find((t) => t.id === participant.tableId)?.number ?? 0,
      dotsLeft: Math.max(0, row.dotsPerPerson - used),
      votes: Object.fromEntries(votes.filter((v) => v.dots > 0).map((v) => [v.ideaId, v.dots])),
      helping: help.map((h) => h.ideaId),
      statementVotes: Object.fromEntries(
        method.statementVotes
          .filter((v) => v.participantId === participant.id)
          .map((v) => [v.statementId, v.vote]),
      ),
    };
  }
  return {
    cafe: { ...cafe, joinCode: view.facilitator ? cafe.joinCode : null },
    ideas: visible.map((i) => ({
      ...i,
      rank: ranks.get(i.id) ?? null,
      pairwise: method.pairwise.get(i.id) ?? null,
      agreement: method.agreement.get(i.id) ?? null,
    })),
    participants,
    opinionGroups: method.opinionGroups,
    me,
    version: row.version,
  };
}

// --- run live -------------------------------------------------------------------------------------

export async function addIdea(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { text: string; tableId?: string | undefined },
) {
  const facilitator = reader.actor
    ? await requireFacilitator(context, reader.actor, cafeId).catch(() => undefined)
    : undefined;
  const participant = facilitator ? undefined : await requireParticipant(context, reader, cafeId);
  const { row, cafe } = await loadCafe(context.db, cafeId);
  if (row.status !== 'live') throw new AppError('conflict', 'Ideas can be added once the café has started.');
  // Participants add to their own table; a facilitator typing up paper notes names the table.
  const tableId = facilitator ? (input.tableId ?? cafe.tables[0]?.id) : participant?.tableId;
  if (!tableId || !cafe.tables.some((t) => t.id === tableId)) {
    throw new AppError('validation_failed', 'Choose one of this café’s tables.', [
      { path: 'tableId', message: 'Choose a table' },
    ]);
  }
  const idea = await repo.insertIdea(context.db, {
    cafeId,
    round: Math.max(1, row.currentRound),
    tableId,
    participantId: participant?.id ?? null,
    enteredBy: facilitator?.actor.personId ?? null,
    text: input.text,
    originalText: input.text,
  });
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version);
  return { id: idea.id };
}

/**
 * Places (or takes back) dots on an idea. The participant's row is locked so two quick taps can
 * never spend more dots than they have; the vote is stored before it is acknowledged.
 */
export async function vote(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; dots: number },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  const version = await context.db.transaction(async (tx) => {
    const cafe = await repo.findCafe(tx, cafeId);
    if (!cafe) throw notFound('This café');
    if (!cafe.votingOpen) throw new AppError('conflict', 'Voting is not open right now.');
    if (cafe.votingMethod !== 'dots' && cafe.votingMethod !== 'approval') {
      throw new AppError('conflict', 'This café is using a different way of voting.');
    }
    const idea = await repo.findIdea(tx, cafeId, input.ideaId);
    if (!idea || idea.hidden || idea.mergedInto) throw notFound('This idea');
    const limit = cafe.votingMethod === 'approval' ? 1 : cafe.allowStacking ? cafe.dotsPerPerson : 1;
    if (input.dots > limit) {
      throw new AppError(
        'validation_failed',
        cafe.votingMethod === 'approval'
          ? 'Tick an idea once to approve it.'
          : `You can put at most ${limit} dot${limit === 1 ? '' : 's'} on one idea.`,
        [{ path: 'dots', message: `At most ${limit}` }],
      );
    }
    await repo.lockParticipant(tx, participant.id);
    if (cafe.votingMethod === 'dots') {
      const others = (await repo.findVotesOfParticipant(tx, participant.id))
        .filter((v) => v.ideaId !== input.ideaId)
        .reduce((sum, v) => sum + v.dots, 0);
      if (others + input.dots > cafe.dotsPerPerson) {
        throw new AppError(
          'conflict',
          `You have ${cafe.dotsPerPerson - others} dot${cafe.dotsPerPerson - others === 1 ? '' : 's'} left. Take one back from another idea first.`,
        );
      }
    }
    await repo.upsertVote(tx, {
      cafeId,
      participantId: participant.id,
      ideaId: input.ideaId,
      dots: input.dots,
    });
    return repo.bumpVersion(tx, cafeId);
  });
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: false, participant });
}

export async function setHelping(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; helping: boolean },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  const idea = await repo.findIdea(context.db, cafeId, input.ideaId);
  if (!idea || idea.hidden || idea.mergedInto) throw notFound('This idea');
  await repo.setHelp(context.db, { cafeId, participantId: participant.id, ideaId: idea.id }, input.helping);
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: false, participant });
}

export async function controlCafe(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  action: 'start' | 'next_round' | 'open_voting' | 'close_voting' | 'close',
) {
  const { row, cafe } = await requireFacilitator(context, actorOrNull, cafeId);
  if (row.status === 'closed') throw new AppError('conflict', 'This café has finished.');
  const roundEnds = (position: number) => {
    const minutes = cafe.rounds.find((r) => r.position === position)?.minutes ?? 20;
    return new Date(Date.now() + minutes * 60_000);
  };
  let values: Parameters<typeof repo.updateCafe>[2];
  switch (action) {
    case 'start':
      if (row.status !== 'planned') throw new AppError('conflict', 'This café has already started.');
      values = { status: 'live', currentRound: 1, roundEndsAt: roundEnds(1) };
      break;
    case 'next_round': {
      if (row.status !== 'live') throw new AppError('conflict', 'Start the café first.');
      const next = row.currentRound + 1;
      if (next > cafe.rounds.length)
        throw new AppError('conflict', 'That was the last round. Open voting when you are ready.');
      values = { currentRound: next, roundEndsAt: roundEnds(next) };
      break;
    }
    case 'open_voting':
      if (row.status !== 'live') throw new AppError('conflict', 'Start the café first.');
      values = { votingOpen: true, roundEndsAt: null };
      break;
    case 'close_voting':
      values = { votingOpen: false };
      break;
    case 'close':
      values = { status: 'closed', votingOpen: false, roundEndsAt: null };
      break;
  }
  const updated = await repo.updateCafe(context.db, cafeId, values);
  if (!updated) throw notFound('This café');
  await announce(context, cafeId, updated.version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}

// --- moderation -----------------------------------------------------------------------------------

export async function moderateIdea(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  ideaId: string,
  input: { hidden?: boolean | undefined; text?: string | undefined },
) {
  await requireFacilitator(context, actorOrNull, cafeId);
  const idea = await repo.findIdea(context.db, cafeId, ideaId);
  if (!idea) throw notFound('This idea');
  // Editing fixes typos only; the author's own words stay in originalText.
  await repo.updateIdea(context.db, idea.id, {
    ...(input.hidden === undefined ? {} : { hidden: input.hidden }),
    ...(input.text === undefined ? {} : { text: input.text }),
  });
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}

/** Merges a duplicate into another idea: its dots and help ticks move across. */
export async function mergeIdeas(
  context: ModuleContext,
  actorOrNull: Actor | null,
  cafeId: string,
  input: { sourceId: string; targetId: string },
) {
  const { row: cafe } = await requireFacilitator(context, actorOrNull, cafeId);
  if (input.sourceId === input.targetId)
    throw new AppError('bad_request', 'Choose two different ideas to merge.');
  const maxPerIdea = cafe.votingMethod === 'approval' || !cafe.allowStacking ? 1 : cafe.dotsPerPerson;
  const version = await context.db.transaction(async (tx) => {
    const source = await repo.findIdea(tx, cafeId, input.sourceId);
    const target = await repo.findIdea(tx, cafeId, input.targetId);
    if (!source || !target || target.mergedInto) throw notFound('This idea');
    await repo.moveVotes(tx, source.id, target.id, maxPerIdea);
    await repo.updateIdea(tx, source.id, { mergedInto: target.id });
    return repo.bumpVersion(tx, cafeId);
  });
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}

/** Likely duplicates, for the facilitator to merge (by the text toolkit's similarity). */
export async function findSimilarIdeas(context: ModuleContext, actorOrNull: Actor | null, cafeId: string) {
  await requireFacilitator(context, actorOrNull, cafeId);
  const ideas = (await repo.findIdeasWithCounts(context.db, cafeId)).filter(
    (i) => !i.hidden && !i.mergedInto,
  );
  const pairs = findSimilarPairs(
    ideas.map((i) => i.text),
    0.5,
  );
  return pairs.flatMap((p) => {
    const a = ideas[p.a];
    const b = ideas[p.b];
    return a && b ? [{ a: a.id, b: b.id, similarity: p.score }] : [];
  });
}

export async function findCafeIdByCode(context: ModuleContext, code: string): Promise<string | undefined> {
  return (await repo.findOpenCafeByCode(context.db, code))?.id;
}

// --- pairwise and agreement -----------------------------------------------------------------------

async function requireVoting(context: ModuleContext, cafeId: string, method: repo.CafeRow['votingMethod']) {
  const cafe = await repo.findCafe(context.db, cafeId);
  if (!cafe) throw notFound('This café');
  if (!cafe.votingOpen) throw new AppError('conflict', 'Voting is not open right now.');
  if (cafe.votingMethod !== method)
    throw new AppError('conflict', 'This café is using a different way of voting.');
  return cafe;
}

async function standingIdeaIds(context: ModuleContext, cafeId: string) {
  return (await repo.findIdeasWithCounts(context.db, cafeId))
    .filter((i) => !i.hidden && !i.mergedInto)
    .map((i) => i.id);
}

/** The next two ideas to compare: pairs shown least come first, never repeating for a person until all are seen. */
export async function getNextPair(context: ModuleContext, reader: CafeReader, cafeId: string) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'pairwise');
  const [ideaIds, choices] = await Promise.all([
    standingIdeaIds(context, cafeId),
    repo.findPairwiseChoices(context.db, cafeId),
  ]);
  return nextPair(ideaIds, choices.map(toPairwiseChoice), participant.id);
}

export async function choosePairwise(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { leftId: string; rightId: string; choice: 'left' | 'right' | 'cant_decide' },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'pairwise');
  const ideaIds = await standingIdeaIds(context, cafeId);
  if (input.leftId === input.rightId || !ideaIds.includes(input.leftId) || !ideaIds.includes(input.rightId)) {
    throw notFound('This pair of ideas');
  }
  await repo.insertPairwiseChoice(context.db, {
    cafeId,
    participantId: participant.id,
    leftId: input.leftId,
    rightId: input.rightId,
    winnerId: input.choice === 'left' ? input.leftId : input.choice === 'right' ? input.rightId : null,
  });
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version);
  return getNextPair(context, reader, cafeId);
}

export async function voteOnStatement(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
  input: { ideaId: string; vote: 1 | -1 | 0 },
) {
  const participant = await requireParticipant(context, reader, cafeId);
  await requireVoting(context, cafeId, 'agreement');
  if (!(await standingIdeaIds(context, cafeId)).includes(input.ideaId)) throw notFound('This statement');
  await repo.upsertStatementVote(context.db, {
    cafeId,
    participantId: participant.id,
    ideaId: input.ideaId,
    vote: input.vote,
  });
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: false, participant });
}
