import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { cafeAnswers } from '../../../contracts/cafes.answers.js';
import { joinAnswer } from '../../../contracts/cafes.join-answer.js';
import {
  BoardSchema,
  CreatedIdeaSchema,
  JoinCafeResponseSchema,
  PairSchema,
  type Board,
  type Cafe,
  type CreateCafeRequest,
} from '../../../contracts/cafes.js';
import { addPerson, firstOrganisationId, signInAsNewAdmin, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addIdea as addIdeaAs,
  controlCafe,
  createCafe,
  joinCafe,
  participantCookieOf,
  signOutOnPhone,
  vote as voteAs,
  type Participant,
} from './cafes.factories.js';
import { findCafeParticipantPlaces } from './index.js';

let t: TestApp;
let admin: SignedIn;
let organisationId: string;
let facilitator: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAsNewAdmin(t.app, t.context);
  organisationId = await firstOrganisationId(t.app, admin);
  facilitator = await addPerson(t.app, admin, organisationId, 'facilitator');
  member = await addPerson(t.app, admin, organisationId, 'member');
});
afterAll(async () => t.close());

/** A hybrid café of two tables with video rooms, two rounds, and anything in `extra`. */
const newCafe = (extra: Partial<CreateCafeRequest> = {}): Promise<Cafe> =>
  createCafe(t, facilitator, {
    organisationId,
    title: 'What would help recovery in our town?',
    format: 'hybrid',
    rounds: [{ question: 'What helped you most?', minutes: 20 }, { question: 'What is missing?' }],
    tables: 2,
    videoLinkPattern: 'https://meet.example.org/cafe-{cafe}-table-{table}',
    ...extra,
  });

const join = (cafe: Cafe, displayName = '') => joinCafe(t, cafe, { displayName });
const control = (cafe: Cafe, action: 'start' | 'next_round' | 'open_voting' | 'close_voting' | 'close') =>
  controlCafe(t, facilitator, cafe, action);
const board = async (cafe: Cafe, who: { cookie: string }) =>
  (await t.as(who, { method: 'GET', url: `/api/cafes/${cafe.id}/board` })).json<Board>();
/** One idea with its counts, as the facilitator sees it. */
const ideaOn = async (cafe: Cafe, ideaId: string) =>
  (await board(cafe, facilitator)).ideas.find((i) => i.id === ideaId);
const addIdea = (cafe: Cafe, who: { cookie: string }, text: string, tableId?: string) =>
  addIdeaAs(t, cafe, who, text, tableId);
const vote = (cafe: Cafe, who: Participant, ideaId: string, dots: number) =>
  voteAs(t, cafe, who, ideaId, dots);

describe('planning a café', () => {
  it('creates rounds, tables with video rooms and a six-character join code', async () => {
    const cafe = await newCafe();
    expect(cafe.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(cafe.rounds.map((r) => r.minutes)).toEqual([20, 20]);
    expect(cafe.tables[1]?.videoUrl).toBe(
      `https://meet.example.org/cafe-${cafe.joinCode.toLowerCase()}-table-2`,
    );
    const list = await t.as(facilitator, { method: 'GET', url: '/api/cafes' });
    expect(list.json<{ cafes: { id: string }[] }>().cafes.map((c) => c.id)).toContain(cafe.id);
  });

  it('refuses members and visitors', async () => {
    const payload = { organisationId, title: 'Not mine', rounds: [{ question: 'Why?' }] };
    expect((await t.as(member, { method: 'POST', url: '/api/cafes', payload })).statusCode).toBe(404);
    expect((await t.as(null, { method: 'POST', url: '/api/cafes', payload })).statusCode).toBe(401);
    const bad = await t.as(facilitator, {
      method: 'POST',
      url: '/api/cafes',
      payload: { organisationId, title: 'No rounds', rounds: [] },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('joining', () => {
  it('joins without an account, seats people evenly, and a rejoin restores the seat', async () => {
    const cafe = await newCafe();
    // Codes are taken as people type them: any case, with a dash in the middle.
    const typed = `${cafe.joinCode.slice(0, 3).toLowerCase()}-${cafe.joinCode.slice(3)}`;
    const a = await joinCafe(t, { joinCode: typed }, { displayName: 'Ash' });
    const b = await join(cafe);
    const c = await join(cafe);
    expect([a.tableNumber, b.tableNumber, c.tableNumber].sort()).toEqual([1, 1, 2]);
    const again = await t.as(a, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode },
    });
    expect(again.json<{ participantId: string }>().participantId).toBe(a.participantId);
    expect((await board(cafe, a)).me?.participantId).toBe(a.participantId);
  });

  it('takes an optional area and community, and refuses a bad area clearly without losing anything', async () => {
    const cafe = await newCafe();
    const before = await findCafeParticipantPlaces(t.context.db, organisationId);
    const bad = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, displayName: 'Bea', postcodeDistrict: 'DD4 2AB', community: 'Polish' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'postcodeDistrict', message: 'Enter the first part of a postcode only, like DD4' },
    ]);
    expect(bad.cookies.find((c) => c.name.startsWith('cairn_p_'))).toBeUndefined();
    // Nothing was saved by the refused join: no seat, no area, no name.
    expect(await findCafeParticipantPlaces(t.context.db, organisationId)).toEqual(before);

    const good = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, displayName: 'Bea', postcodeDistrict: ' dd4 ', community: ' Polish ' },
    });
    expect(good.statusCode, good.body).toBe(200);
    const quiet = await join(cafe);
    // Someone coming back who now gives an area keeps their seat, and the area is kept.
    const back = await t.as(quiet, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, postcodeDistrict: 'DD1' },
    });
    expect(back.json<{ participantId: string }>().participantId).toBe(quiet.participantId);
    const after = await findCafeParticipantPlaces(t.context.db, organisationId);
    expect(after.length).toBe(before.length + 2);
    expect(after).toEqual(
      expect.arrayContaining([
        { personId: null, postcodeDistrict: 'DD4', community: 'Polish' },
        { personId: null, postcodeDistrict: 'DD1', community: null },
      ]),
    );
  });

  it('forgets this phone’s place in every café when the person signs out on it', async () => {
    // Someone of their own, since signing out ends their session.
    const person = await addPerson(t.app, admin, organisationId, 'member');
    const [first, second] = [await newCafe(), await newCafe()];
    const seats = [await joinCafe(t, first, { as: person }), await joinCafe(t, second, { as: person })];
    const phone = { cookie: [person.cookie, ...seats.map((seat) => seat.cookie)].join('; ') };
    expect((await board(first, phone)).me?.participantId).toBe(seats[0]?.participantId);

    const { names, after } = await signOutOnPhone(t, phone, 'cairn_p_');
    expect(names).toEqual(seats.map((seat) => seat.cookie.split('=')[0]).sort());
    const next = await t.as(after, { method: 'GET', url: `/api/cafes/${first.id}/board` });
    expect(next.json<Partial<Board>>().me ?? null).toBeNull();
  });

  it('forgets a phone’s café places with no account, and refuses to from another website', async () => {
    const cafe = await newCafe();
    const seat = await join(cafe, 'Ash');
    const crossSite = await t.as(seat, {
      method: 'POST',
      url: '/api/cafes/forget-phone',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.headers['content-type']).toContain('application/problem+json');
    expect(crossSite.cookies).toEqual([]);
    expect((await board(cafe, seat)).me?.participantId).toBe(seat.participantId);

    const { names, after } = await signOutOnPhone(t, seat, 'cairn_p_');
    expect(names).toEqual([seat.cookie.split('=')[0]]);
    expect((await board(cafe, after)).me ?? null).toBeNull();
  });

  it('answers a wrong code clearly', async () => {
    const response = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: 'ZZZZZZ' },
    });
    expect(response.statusCode).toBe(404);
    const malformed = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: 'O0I1' },
    });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('running a café live', () => {
  it('takes ideas per table and round, then dot votes within each person’s dots', async () => {
    const cafe = await newCafe();
    const a = await join(cafe, 'Ash');
    const b = await join(cafe, 'Bea');
    expect(
      (
        await t.as(a, {
          method: 'POST',
          url: `/api/cafes/${cafe.id}/ideas`,
          payload: { text: 'Too early' },
        })
      ).statusCode,
    ).toBe(409);
    await control(cafe, 'start');
    const peerGroup = await addIdea(cafe, a, 'A peer group on Saturday mornings');
    const transport = await addIdea(cafe, b, 'Free bus passes to get to meetings');
    // The table host types up a paper note for table 2.
    const paper = await addIdea(cafe, facilitator, 'A community allotment', cafe.tables[1]?.id);
    await control(cafe, 'next_round');
    const later = await addIdea(cafe, a, 'Somewhere warm to go in the evenings');

    expect((await vote(cafe, a, peerGroup, 1)).statusCode).toBe(409); // voting not open yet
    await control(cafe, 'open_voting');
    expect((await vote(cafe, a, peerGroup, 2)).statusCode).toBe(200);
    expect((await vote(cafe, a, transport, 1)).statusCode).toBe(200);
    const over = await vote(cafe, a, paper, 1);
    expect(over.statusCode).toBe(409);
    expect(over.json<{ detail: string }>().detail).toContain('0 dots left');
    expect((await vote(cafe, a, transport, 0)).statusCode).toBe(200); // take one back
    expect((await vote(cafe, a, paper, 1)).statusCode).toBe(200);
    await vote(cafe, b, paper, 2);
    await vote(cafe, b, later, 1);
    await t.as(b, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/help`,
      payload: { ideaId: paper, helping: true },
    });

    const seen = await board(cafe, a);
    const byId = new Map(seen.ideas.map((i) => [i.id, i]));
    expect(byId.get(paper)).toMatchObject({
      dots: 3,
      voters: 2,
      helpers: 1,
      rank: 1,
      tableNumber: 2,
      round: 1,
    });
    expect(byId.get(peerGroup)).toMatchObject({ dots: 2, voters: 1, rank: 2, author: 'Ash' });
    expect(byId.get(later)).toMatchObject({ dots: 1, round: 2, rank: 3 });
    expect(byId.get(transport)).toMatchObject({ dots: 0, voters: 0, rank: 4 });
    expect(seen.me).toMatchObject({ dotsLeft: 0, votes: { [peerGroup]: 2, [paper]: 1 } });
    expect(seen.cafe.joinCode).toBeNull();
  });

  it('never lets quick taps spend more dots than a person has', async () => {
    const cafe = await newCafe({ dotsPerPerson: 3 });
    const a = await join(cafe);
    await control(cafe, 'start');
    const ideas = [];
    for (let i = 0; i < 8; i++) ideas.push(await addIdea(cafe, a, `Idea number ${i} about recovery`));
    await control(cafe, 'open_voting');
    const results = await Promise.all(ideas.map((id) => vote(cafe, a, id, 1)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(3);
    expect((await board(cafe, a)).ideas.reduce((sum, i) => sum + i.dots, 0)).toBe(3);
  });

  it('refuses stacking when it is off, and approval allows one tick per idea', async () => {
    const cafe = await newCafe({ allowStacking: false });
    const a = await join(cafe);
    await control(cafe, 'start');
    const idea = await addIdea(cafe, a, 'More peer workers');
    await control(cafe, 'open_voting');
    expect((await vote(cafe, a, idea, 2)).statusCode).toBe(400);
    const approval = await newCafe({ votingMethod: 'approval' });
    const p = await join(approval);
    await control(approval, 'start');
    const i2 = await addIdea(approval, p, 'A drop-in on Sundays');
    await control(approval, 'open_voting');
    expect((await vote(approval, p, i2, 2)).statusCode).toBe(400);
    expect((await vote(approval, p, i2, 1)).statusCode).toBe(200);
  });
});

describe('moderation', () => {
  it('hides, corrects and merges duplicates suggested by similarity, moving their dots', async () => {
    const cafe = await newCafe();
    const a = await join(cafe);
    const b = await join(cafe);
    await control(cafe, 'start');
    const one = await addIdea(cafe, a, 'Free bus passes for people in recovery');
    const two = await addIdea(cafe, b, 'free bus passes for people in recovery please');
    const rude = await addIdea(cafe, b, 'Something unkind');
    const suggestions = await t.as(facilitator, {
      method: 'GET',
      url: `/api/cafes/${cafe.id}/similar-ideas`,
    });
    const pairs = suggestions.json<{ pairs: { a: string; b: string }[] }>().pairs;
    expect(pairs.some((p) => [p.a, p.b].sort().join() === [one, two].sort().join())).toBe(true);

    await control(cafe, 'open_voting');
    await vote(cafe, a, one, 1);
    await vote(cafe, a, two, 1);
    await vote(cafe, b, two, 2);
    const merged = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/merges`,
      payload: { sourceId: two, targetId: one },
    });
    expect(merged.statusCode).toBe(200);
    await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${rude}`,
      payload: { hidden: true },
    });
    const correct = (text: string) =>
      t.as(facilitator, {
        method: 'PATCH',
        url: `/api/cafes/${cafe.id}/ideas/${one}`,
        payload: { text },
      });
    expect((await correct('Free bus passes for people in recovery.')).statusCode).toBe(200);
    // The same words again change nothing, and are not logged twice.
    expect((await correct('Free bus passes for people in recovery.')).statusCode).toBe(200);
    const nothing = await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${one}`,
      payload: {},
    });
    expect(nothing.statusCode, nothing.body).toBe(400);
    // A correction is audited as the facilitator, with how long the words were before and after,
    // never the words themselves.
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const edits = audit
      .json<{ events: { action: string; subjectId: string; actorId: string | null; details: object }[] }>()
      .events.filter((e) => e.action === 'cafe.idea_edited' && e.subjectId === cafe.id);
    expect(edits).toEqual([
      expect.objectContaining({
        actorId: facilitator.personId,
        details: { ideaId: one, beforeLength: 38, afterLength: 39 },
      }),
    ]);
    expect(JSON.stringify(edits)).not.toContain('bus passes');

    const participantView = await board(cafe, a);
    expect(participantView.ideas.map((i) => i.id)).toEqual([one]);
    expect(participantView.ideas[0]).toMatchObject({
      dots: 4,
      voters: 2,
      text: 'Free bus passes for people in recovery.',
    });
    const facilitatorView = await board(cafe, facilitator);
    expect(facilitatorView.ideas.map((i) => i.id).sort()).toEqual([one, two, rude].sort());
    const { sql } = await import('drizzle-orm');
    const original = await t.context.db.execute(sql`select original_text from cafe_ideas where id = ${one}`);
    expect(JSON.stringify(original)).toContain('Free bus passes for people in recovery"');
  });

  it('refuses participants moderating, and hides one café from another’s participants', async () => {
    const cafe = await newCafe();
    const other = await newCafe();
    const a = await join(cafe);
    await control(cafe, 'start');
    const idea = await addIdea(cafe, a, 'Mine');
    expect(
      (
        await t.as(a, {
          method: 'POST',
          url: `/api/cafes/${cafe.id}/control`,
          payload: { action: 'close' },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await t.as(a, {
          method: 'PATCH',
          url: `/api/cafes/${cafe.id}/ideas/${idea}`,
          payload: { hidden: true },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await t.as(a, {
          method: 'POST',
          url: `/api/cafes/${cafe.id}/merges`,
          payload: { sourceId: idea, targetId: idea },
        })
      ).statusCode,
    ).toBe(401);
    expect((await t.as(a, { method: 'GET', url: `/api/cafes/${cafe.id}/similar-ideas` })).statusCode).toBe(
      401,
    );
    expect((await t.as(a, { method: 'GET', url: `/api/cafes/${other.id}/board` })).statusCode).toBe(401);
    expect((await t.as(member, { method: 'GET', url: `/api/cafes/${cafe.id}` })).statusCode).toBe(404);
    expect(
      (
        await t.as(member, {
          method: 'POST',
          url: `/api/cafes/${cafe.id}/control`,
          payload: { action: 'close' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('live updates', () => {
  it('sends the board on connect and again after each vote, across two app instances', async () => {
    const cafe = await newCafe();
    const a = await join(cafe);
    await control(cafe, 'start');
    const idea = await addIdea(cafe, a, 'A peer-led walking group');
    await control(cafe, 'open_voting');
    const peer = await t.createPeer();
    try {
      const address = await peer.app.listen({ port: 0, host: '127.0.0.1' });
      const socket = new WebSocket(`${address.replace('http', 'ws')}/api/cafes/${cafe.id}/live`, {
        headers: { cookie: a.cookie },
      });
      const boards: Board[] = [];
      socket.on('message', (data: Buffer) =>
        boards.push((JSON.parse(data.toString()) as { board: Board }).board),
      );
      await expect.poll(() => boards.length, { timeout: 5000 }).toBeGreaterThan(0);
      // The vote is made on the first instance; the socket listens on the second.
      expect((await vote(cafe, a, idea, 2)).statusCode).toBe(200);
      await expect
        .poll(() => boards.at(-1)?.ideas.find((i) => i.id === idea)?.dots, { timeout: 5000 })
        .toBe(2);
      socket.terminate();
    } finally {
      await peer.close();
    }
  });

  it('refuses a live connection from someone who has not joined', async () => {
    const cafe = await newCafe();
    const peer = await t.createPeer();
    try {
      const address = await peer.app.listen({ port: 0, host: '127.0.0.1' });
      const socket = new WebSocket(`${address.replace('http', 'ws')}/api/cafes/${cafe.id}/live`);
      const code = await new Promise<number>((resolve) => socket.on('close', (c: number) => resolve(c)));
      expect(code).toBe(4401);
    } finally {
      await peer.close();
    }
  });
});

describe('pairwise comparison and agreement', () => {
  it('offers under-shown pairs and scores 100·(wins+1)/(wins+losses+2)', async () => {
    const cafe = await newCafe({ votingMethod: 'pairwise' });
    const a = await join(cafe);
    const b = await join(cafe);
    await control(cafe, 'start');
    const x = await addIdea(cafe, a, 'Peer mentors in hospital');
    const y = await addIdea(cafe, a, 'A Sunday drop-in');
    const z = await addIdea(cafe, b, 'Training for GP receptionists');
    const early = await t.as(a, {
      method: 'GET',
      url: `/api/cafes/${cafe.id}/pair`,
    });
    expect(early.statusCode).toBe(409);
    await control(cafe, 'open_voting');
    const choose = (
      who: Participant,
      leftId: string,
      rightId: string,
      choice: 'left' | 'right' | 'cant_decide',
    ) =>
      t.as(who, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/pairwise`,
        payload: { leftId, rightId, choice },
      });
    // x beats y twice and beats z once; y and z can't be separated once.
    expect((await choose(a, x, y, 'left')).statusCode).toBe(200);
    await choose(b, y, x, 'right');
    await choose(a, x, z, 'left');
    await choose(b, y, z, 'cant_decide');
    const seen = await board(cafe, a);
    const byId = new Map(seen.ideas.map((i) => [i.id, i]));
    // x: 3 wins, 0 losses → 100·4/5 = 80; y: 0 wins, 2 losses → 100·1/4 = 25; z: 0 wins, 1 loss → 100·1/3 ≈ 33.3
    expect(byId.get(x)?.pairwise).toMatchObject({ wins: 3, losses: 0, score: 80 });
    expect(byId.get(y)?.pairwise).toMatchObject({ wins: 0, losses: 2, cantDecide: 1, score: 25 });
    expect(byId.get(z)?.pairwise?.score).toBeCloseTo(33.33, 1);
    expect([byId.get(x)?.rank, byId.get(z)?.rank, byId.get(y)?.rank]).toEqual([1, 2, 3]);
    // Person a has answered x–y and x–z, so their next pair is y–z.
    const next = await t.as(a, {
      method: 'GET',
      url: `/api/cafes/${cafe.id}/pair`,
    });
    expect(
      [
        next.json<{ leftId: string; rightId: string }>().leftId,
        next.json<{ leftId: string; rightId: string }>().rightId,
      ].sort(),
    ).toEqual([y, z].sort());
    // The harvest ranks by the same scores and says how each was reached.
    const harvest = (await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest` })).json<{
      priorities: { text: string; rank: number; result: string }[];
    }>();
    expect(harvest.priorities.map((p) => [p.rank, p.text, p.result])).toEqual([
      [1, 'Peer mentors in hospital', 'Score 80 from 3 wins and 0 losses'],
      [2, 'Training for GP receptionists', 'Score 33.3 from 0 wins and 1 loss; 1 could not decide'],
      [3, 'A Sunday drop-in', 'Score 25 from 0 wins and 2 losses; 1 could not decide'],
    ]);
  });

  it('counts agree, disagree and pass, with group-informed consensus and raw counts', async () => {
    const cafe = await newCafe({ votingMethod: 'agreement' });
    const [first, second, third] = [await join(cafe), await join(cafe), await join(cafe)];
    await control(cafe, 'start');
    const shared = await addIdea(cafe, first, 'People in recovery should help design services');
    const split = await addIdea(cafe, first, 'Meetings should move to the evening');
    await control(cafe, 'open_voting');
    const state = (who: Participant, ideaId: string, vote: 1 | -1 | 0) =>
      t.as(who, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/statement-votes`,
        payload: { ideaId, vote },
      });
    for (const p of [first, second, third]) expect((await state(p, shared, 1)).statusCode).toBe(200);
    await state(first, split, 1);
    await state(second, split, -1);
    await state(third, split, 0);
    const seen = await board(cafe, first);
    const byId = new Map(seen.ideas.map((i) => [i.id, i]));
    // Three voters are too few for camps, so the room is one group: (3+1)/(3+2) = 0.8 and (1+1)/(3+2) = 0.4.
    expect(seen.opinionGroups).toBe(1);
    expect(byId.get(shared)?.agreement).toMatchObject({
      agrees: 3,
      disagrees: 0,
      passes: 0,
      votes: 3,
      label: 'everyone_agreed',
      consensus: 0.8,
    });
    expect(byId.get(split)?.agreement).toMatchObject({
      agrees: 1,
      disagrees: 1,
      passes: 1,
      votes: 3,
      label: 'too_few',
      consensus: 0.4,
    });
    expect(byId.get(shared)?.rank).toBe(1);
    expect(seen.me?.statementVotes).toEqual({ [shared]: 1, [split]: 1 });
    const wrongMethod = await vote(cafe, first, shared, 1);
    expect(wrongMethod.statusCode).toBe(409);
  });

  it('labels statements in plain words: two in three of those taking a side is "most"', async () => {
    const cafe = await newCafe({ votingMethod: 'agreement' });
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => join(cafe)));
    const [host] = people as [Participant];
    await control(cafe, 'start');
    const most = await addIdea(cafe, host, 'Peer workers in every GP surgery');
    const split = await addIdea(cafe, host, 'Close the town-centre hub on Sundays');
    await control(cafe, 'open_voting');
    const votes: [string, (1 | -1 | 0)[]][] = [
      [most, [1, 1, -1, 0, 0]],
      [split, [1, 1, -1, -1, 0]],
    ];
    for (const [ideaId, cast] of votes)
      for (const [n, value] of cast.entries())
        await t.as(people[n] ?? host, {
          method: 'POST',
          url: `/api/cafes/${cafe.id}/statement-votes`,
          payload: { ideaId, vote: value },
        });
    const labels = new Map((await board(cafe, facilitator)).ideas.map((i) => [i.id, i.agreement?.label]));
    expect(labels.get(most)).toBe('most_agreed');
    expect(labels.get(split)).toBe('split');
  });

  it('keeps a statement’s tallies from a participant until they have voted on it', async () => {
    const cafe = await newCafe({ votingMethod: 'agreement' });
    const [voter, newcomer] = [await join(cafe), await join(cafe)];
    await control(cafe, 'start');
    const statement = await addIdea(cafe, voter, 'Recovery cafés should run every month');
    const other = await addIdea(cafe, voter, 'Meetings should be online too');
    await control(cafe, 'open_voting');
    const state = (who: Participant, ideaId: string, value: 1 | -1 | 0) =>
      t.as(who, {
        method: 'POST',
        url: `/api/cafes/${cafe.id}/statement-votes`,
        payload: { ideaId, vote: value },
      });
    const answer = (await state(voter, statement, 1)).json<Board>();
    const idea = (b: Board | undefined, id: string) => b?.ideas.find((i) => i.id === id);
    // The voter's own answer shows the statement they voted on, not the other.
    expect(idea(answer, statement)?.agreement).toMatchObject({ agrees: 1, votes: 1 });
    expect(idea(answer, other)).toMatchObject({ agreement: null, rank: null });
    // Someone who has not voted sees neither; the facilitator sees both.
    const before = await board(cafe, newcomer);
    expect(before.ideas.map((i) => [i.agreement, i.rank])).toEqual([
      [null, null],
      [null, null],
    ]);
    const run = await board(cafe, facilitator);
    expect(idea(run, statement)?.agreement?.agrees).toBe(1);
    expect(idea(run, other)?.agreement?.votes).toBe(0);
    // A pass is a vote: it shows how the room feels.
    await state(newcomer, statement, 0);
    expect(idea(await board(cafe, newcomer), statement)?.agreement).toMatchObject({ agrees: 1, passes: 1 });

    // The live sockets say the same: a participant's only what they voted on, the facilitator's all.
    const peer = await t.createPeer();
    try {
      const address = await peer.app.listen({ port: 0, host: '127.0.0.1' });
      const watch = (who: { cookie: string }) => {
        const socket = new WebSocket(`${address.replace('http', 'ws')}/api/cafes/${cafe.id}/live`, {
          headers: { cookie: who.cookie },
        });
        const boards: Board[] = [];
        socket.on('message', (data: Buffer) =>
          boards.push((JSON.parse(data.toString()) as { board: Board }).board),
        );
        return { socket, boards };
      };
      const mine = watch(newcomer);
      const theirs = watch(facilitator);
      await state(voter, other, -1);
      const latest = (w: { boards: Board[] }) => w.boards.at(-1);
      await expect.poll(() => idea(latest(theirs), other)?.agreement?.disagrees, { timeout: 5000 }).toBe(1);
      await expect.poll(() => latest(mine)?.ideas.length, { timeout: 5000 }).toBe(2);
      await expect.poll(() => idea(latest(mine), statement)?.agreement?.votes, { timeout: 5000 }).toBe(2);
      expect(mine.boards.every((b) => idea(b, other)?.agreement === null)).toBe(true);
      mine.socket.terminate();
      theirs.socket.terminate();
    } finally {
      await peer.close();
    }

    // Once the café is closed nothing is left to sway, and every tally shows.
    await control(cafe, 'close');
    expect(idea(await board(cafe, newcomer), other)?.agreement?.disagrees).toBe(1);
  });
});

describe('found in review', () => {
  it('limits wrong codes per address but never people joining with the right one', async () => {
    const cafe = await newCafe();
    const limited = await createTestApp({ joinLimitPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const wrong = await limited.app.inject({
          method: 'POST',
          url: '/api/cafes/join',
          payload: { code: 'ZZZZZZ' },
        });
        expect(wrong.statusCode).toBe(404);
      }
      const blocked = await limited.app.inject({
        method: 'POST',
        url: '/api/cafes/join',
        payload: { code: 'ZZZZZZ' },
      });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBeDefined();
      // The count is kept in the database, so another instance behind the load balancer refuses too.
      const peer = await limited.createPeer();
      try {
        const elsewhere = await peer.app.inject({
          method: 'POST',
          url: '/api/cafes/join',
          payload: { code: 'ZZZZZZ' },
        });
        expect(elsewhere.statusCode).toBe(429);
      } finally {
        await peer.close();
      }
    } finally {
      await limited.close();
    }
    for (let i = 0; i < 40; i++) await join(cafe);
  });

  it('includes café seats in a person’s data and unlinks them on erasure', async () => {
    const cafe = await newCafe();
    const person = await addPerson(t.app, admin, organisationId, 'member');
    await joinCafe(t, cafe, {
      as: person,
      displayName: 'Member M',
      contact: 'm@example.org',
      postcodeDistrict: 'DD3',
      community: 'Young carers',
    });
    const data = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<{
      cafes: { seats: { contact: string; area: string | null; community: string | null }[] };
    }>();
    expect(data.cafes.seats).toContainEqual(
      expect.objectContaining({ contact: 'm@example.org', area: 'DD3', community: 'Young carers' }),
    );
    const { cafesModule } = await import('./index.js');
    expect(cafesModule.name).toBe('cafes');
    const handler = t.context.personalData.handlers().find((h) => h.module === 'cafes');
    expect(await handler?.erase(t.context.db, person.personId)).toMatch(/1 café seats unlinked/);
    const after = (await t.as(person, { method: 'GET', url: '/api/me/data' })).json<{
      cafes: { seats: unknown[] };
    }>();
    expect(after.cafes.seats).toEqual([]);
    // The seat still counts as a place at the café, but with no account, area or community.
    const places = await findCafeParticipantPlaces(t.context.db, organisationId);
    expect(places.filter((p) => p.personId === person.personId)).toEqual([]);
    expect(places.filter((p) => p.postcodeDistrict === 'DD3')).toEqual([]);
  });
});

describe('actions sent again from a phone’s offline queue', () => {
  const keyed = (cafe: Cafe, who: { cookie: string }, path: string, payload: object, key: string) =>
    t.as(who, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/${path}`,
      payload,
      headers: { 'idempotency-key': key },
    });

  it('adds an idea, places dots, ticks and votes once per Idempotency-Key, however often it is sent', async () => {
    const cafe = await newCafe({ dotsPerPerson: 3 });
    const ash = await join(cafe, 'Ash');
    const bea = await join(cafe, 'Bea');
    await control(cafe, 'start');

    // The same idea sent three times, two of them at once, is added once and answered with its id.
    const first = await keyed(cafe, ash, 'ideas', { text: 'A Saturday drop-in' }, 'idea-key-0001');
    const again = await Promise.all(
      [1, 2].map(() => keyed(cafe, ash, 'ideas', { text: 'A Saturday drop-in' }, 'idea-key-0001')),
    );
    expect([first, ...again].map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set([first, ...again].map((r) => r.json<{ id: string }>().id)).size).toBe(1);
    // Another participant's key is theirs alone: the same key from Bea is a new idea.
    const beas = await keyed(cafe, bea, 'ideas', { text: 'A Saturday drop-in' }, 'idea-key-0001');
    expect(beas.json<{ id: string }>().id).not.toBe(first.json<{ id: string }>().id);
    const ideas = (await board(cafe, facilitator)).ideas.filter((i) => i.text === 'A Saturday drop-in');
    expect(ideas).toHaveLength(2);
    const ideaId = first.json<{ id: string }>().id;

    // A vote refused (voting not open yet) keeps no key: the same action succeeds once voting opens.
    const early = await keyed(cafe, ash, 'votes', { ideaId, dots: 2 }, 'vote-key-0001');
    expect(early.statusCode).toBe(409);
    await control(cafe, 'open_voting');
    for (let i = 0; i < 3; i++) {
      const sent = await keyed(cafe, ash, 'votes', { ideaId, dots: 2 }, 'vote-key-0001');
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json<Board>().me?.dotsLeft).toBe(1);
    }
    // Later actions with their own keys still count; a replay of the first never undoes them.
    expect((await keyed(cafe, ash, 'votes', { ideaId, dots: 3 }, 'vote-key-0002')).statusCode).toBe(200);
    const replay = await keyed(cafe, ash, 'votes', { ideaId, dots: 2 }, 'vote-key-0001');
    expect(replay.json<Board>().me?.votes[ideaId]).toBe(3);
    for (let i = 0; i < 2; i++) {
      expect((await keyed(cafe, ash, 'help', { ideaId, helping: true }, 'help-key-0001')).statusCode).toBe(
        200,
      );
    }
    const counted = await ideaOn(cafe, ideaId);
    expect(counted).toMatchObject({ dots: 3, voters: 1, helpers: 1 });

    // A key that is not one is refused in words a participant can act on, with nothing counted.
    const bad = await keyed(cafe, ash, 'votes', { ideaId, dots: 1 }, 'no');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ detail: string }>().detail).toBe(
      'This was not saved, because Cairn could not tell whether it had already been sent. Reload the page, check whether your change is there, and if it is not, do it again.',
    );
    expect(await ideaOn(cafe, ideaId)).toMatchObject({ dots: 3, voters: 1 });
  });

  /** A café voting this way on Ash's ideas (their ids, in order), voting open. */
  const votingOn = async (votingMethod: 'pairwise' | 'agreement', ...texts: string[]) => {
    const cafe = await newCafe({ votingMethod });
    const ash = await join(cafe, 'Ash');
    await control(cafe, 'start');
    const ids: string[] = [];
    for (const text of texts) ids.push(await addIdea(cafe, ash, text));
    await control(cafe, 'open_voting');
    return { cafe, ash, ids };
  };

  it('keeps agree / disagree votes once per key too', async () => {
    const { cafe, ash, ids } = await votingOn('agreement', 'Services should open at weekends');
    const ideaId = ids[0] ?? '';
    for (let i = 0; i < 2; i++) {
      const sent = await keyed(cafe, ash, 'statement-votes', { ideaId, vote: 1 }, 'view-key-0001');
      expect(sent.statusCode, sent.body).toBe(200);
    }
    expect((await ideaOn(cafe, ideaId))?.agreement).toMatchObject({ agrees: 1, votes: 1 });
  });

  it('counts a pairwise choice once per key, and answers a repeat with the next pair', async () => {
    const { cafe, ash, ids } = await votingOn(
      'pairwise',
      'Peer mentors in hospital',
      'A Sunday drop-in',
      'Training for GP receptionists',
    );
    const [x = '', y = ''] = ids;
    const choice = { leftId: x, rightId: y, choice: 'left' };
    // Sent three times, two of them at once, as a phone's queue and a lost answer's retry would.
    const first = await keyed(cafe, ash, 'pairwise', choice, 'pair-key-0001');
    const again = await Promise.all([1, 2].map(() => keyed(cafe, ash, 'pairwise', choice, 'pair-key-0001')));
    expect([first, ...again].map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const pairs = [first, ...again].map((r) => r.json<{ leftId: string; rightId: string } | null>());
    // Every answer is a next pair (three ideas leave two more) other than the one already chosen.
    for (const pair of pairs) {
      expect(pair).not.toBeNull();
      expect([pair?.leftId, pair?.rightId].sort()).not.toEqual([x, y].sort());
    }
    const counted = new Map((await board(cafe, facilitator)).ideas.map((i) => [i.id, i.pairwise]));
    expect(counted.get(x)).toMatchObject({ wins: 1, losses: 0 });
    expect(counted.get(y)).toMatchObject({ wins: 0, losses: 1 });
    // A new key is a new choice.
    expect((await keyed(cafe, ash, 'pairwise', choice, 'pair-key-0002')).statusCode).toBe(200);
    expect((await ideaOn(cafe, x))?.pairwise).toMatchObject({ wins: 2 });
  });

  /** A refusal a person can act on: problem+json with its reason. */
  const expectRefused = (response: Awaited<ReturnType<typeof keyed>>, status: number, detail: string) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ detail: string }>().detail).toContain(detail);
  };

  it('answers a pairwise choice that counted as counted after voting closes, and refuses a new one', async () => {
    const { cafe, ash, ids } = await votingOn('pairwise', 'Peer mentors in hospital', 'A Sunday drop-in');
    const [x = '', y = ''] = ids;
    const choice = { leftId: x, rightId: y, choice: 'left' };
    const first = await keyed(cafe, ash, 'pairwise', choice, 'late-pair-0001');
    expect(first.statusCode, first.body).toBe(200);
    await control(cafe, 'close_voting');

    // The phone never heard the answer and sends the choice again: it counted, so it is not refused.
    const again = await keyed(cafe, ash, 'pairwise', choice, 'late-pair-0001');
    expect(again.statusCode, again.body).toBe(200);
    // With voting closed there is no pair left to compare.
    expect(PairSchema.parse(again.json())).toBeNull();
    // A choice never sent before is refused, and says why.
    expectRefused(await keyed(cafe, ash, 'pairwise', choice, 'late-pair-0002'), 409, 'Voting is not open');
    expect((await ideaOn(cafe, x))?.pairwise).toMatchObject({ wins: 1, losses: 0 });
  });

  it('answers an agree vote that counted as counted after its statement is hidden or voting closes', async () => {
    const { cafe, ash, ids } = await votingOn(
      'agreement',
      'Services should open at weekends',
      'Peer support belongs in every GP surgery',
    );
    const [hidden = '', kept = ''] = ids;
    for (const [ideaId, key] of [
      [hidden, 'late-view-0001'],
      [kept, 'late-view-0002'],
    ] as const) {
      const sent = await keyed(cafe, ash, 'statement-votes', { ideaId, vote: 1 }, key);
      expect(sent.statusCode, sent.body).toBe(200);
    }
    const hide = await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${hidden}`,
      payload: { hidden: true },
    });
    expect(hide.statusCode, hide.body).toBe(200);

    // Sent again after its statement was hidden: it counted, so the board comes back.
    const afterHiding = await keyed(
      cafe,
      ash,
      'statement-votes',
      { ideaId: hidden, vote: 1 },
      'late-view-0001',
    );
    expect(afterHiding.statusCode, afterHiding.body).toBe(200);
    expect(BoardSchema.parse(afterHiding.json()).cafe.id).toBe(cafe.id);
    expectRefused(
      await keyed(cafe, ash, 'statement-votes', { ideaId: hidden, vote: -1 }, 'late-view-0003'),
      404,
      'This statement could not be found',
    );

    await control(cafe, 'close_voting');
    const afterClosing = await keyed(
      cafe,
      ash,
      'statement-votes',
      { ideaId: kept, vote: 1 },
      'late-view-0002',
    );
    expect(afterClosing.statusCode, afterClosing.body).toBe(200);
    expectRefused(
      await keyed(cafe, ash, 'statement-votes', { ideaId: kept, vote: -1 }, 'late-view-0004'),
      409,
      'Voting is not open',
    );
    expect((await ideaOn(cafe, kept))?.agreement).toMatchObject({ agrees: 1, disagrees: 0, votes: 1 });
  });
});

describe('a way of voting for each round', () => {
  const setRound = (cafe: Cafe, position: number, votingMethod: string, who: SignedIn = facilitator) =>
    t.as(who, {
      method: 'PUT',
      url: `/api/cafes/${cafe.id}/rounds/${position}/voting-method`,
      payload: { votingMethod },
    });

  it('is chosen at planning and can change until voting opens in the round', async () => {
    const cafe = await newCafe({
      votingMethod: 'dots',
      rounds: [
        { question: 'What helped you most?' },
        { question: 'Where do we stand?', votingMethod: 'agreement' },
      ],
    });
    expect(cafe.rounds.map((r) => [r.votingMethod, r.methodFixed])).toEqual([
      ['dots', false],
      ['agreement', false],
    ]);
    expect(cafe.votingMethod).toBe('dots');

    // Round 1 becomes approval before the café starts: that is the way of voting in use at once.
    const changed = await setRound(cafe, 1, 'approval');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Cafe>()).toMatchObject({ votingMethod: 'approval' });
    const ash = await join(cafe, 'Ash');
    expect((await board(cafe, ash)).cafe.votingMethod).toBe('approval');

    await control(cafe, 'start');
    const ideaId = await addIdea(cafe, ash, 'Evening opening');
    await control(cafe, 'open_voting');
    expect((await vote(cafe, ash, ideaId, 1)).statusCode).toBe(200);
    // Voting has opened in round 1: its way of voting is fixed.
    const late = await setRound(cafe, 1, 'dots');
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Voting has opened in round 1');
    // Round 2 can still change, and nobody else may change it.
    expect((await setRound(cafe, 2, 'dots', member)).statusCode).toBe(404);
    expect((await setRound(cafe, 3, 'dots')).statusCode).toBe(404);
    expect((await setRound(cafe, 2, 'pairwise')).statusCode).toBe(200);
    expect((await setRound(cafe, 2, 'agreement')).statusCode).toBe(200);

    // The next round starts with talk and brings its own way of voting.
    await control(cafe, 'next_round');
    const second = await board(cafe, ash);
    expect(second.cafe).toMatchObject({ currentRound: 2, votingMethod: 'agreement', votingOpen: false });
    expect(second.cafe.rounds.map((r) => r.methodFixed)).toEqual([true, false]);
    await control(cafe, 'open_voting');
    const agreed = await t.as(ash, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/statement-votes`,
      payload: { ideaId, vote: 1 },
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    // Dots no longer apply in an agree / disagree round.
    expect((await vote(cafe, ash, ideaId, 1)).statusCode).toBe(409);
    expect((await setRound(cafe, 2, 'dots')).statusCode).toBe(409);
    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const changes = audit
      .json<{ events: { action: string; subjectId: string }[] }>()
      .events.filter((e) => e.action === 'cafe.round_voting_changed' && e.subjectId === cafe.id);
    expect(changes).toHaveLength(3);
  });
});

describe('votes counted in from paper', () => {
  const countPaper = (
    cafe: Cafe,
    ideaId: string,
    count: number,
    kind = 'dots',
    who: SignedIn = facilitator,
  ) =>
    t.as(who, {
      method: 'PUT',
      url: `/api/cafes/${cafe.id}/ideas/${ideaId}/paper-votes`,
      payload: { count, kind },
    });

  it('shows sticker dots apart from phone votes, adds them into the ranking and the harvest, and audits each count', async () => {
    const cafe = await newCafe({ dotsPerPerson: 3 });
    const ash = await join(cafe, 'Ash');
    await control(cafe, 'start');
    const phones = await addIdea(cafe, ash, 'A phone-friendly timetable');
    const paper = await addIdea(cafe, facilitator, 'A warm room on Sundays', cafe.tables[1]?.id);
    const duplicate = await addIdea(cafe, facilitator, 'A warm room on a Sunday', cafe.tables[0]?.id);
    await control(cafe, 'open_voting');
    expect((await vote(cafe, ash, phones, 3)).statusCode).toBe(200);

    // Nobody but the café's facilitators counts paper in; a count is a whole number up to 1,000.
    expect((await countPaper(cafe, paper, 4, 'dots', member)).statusCode).toBe(404);
    expect((await countPaper(cafe, paper, -1)).statusCode).toBe(400);
    expect((await countPaper(cafe, paper, 3)).statusCode).toBe(200);
    // A recount replaces the count, and the duplicate's count follows it into the merge.
    const recount = await countPaper(cafe, paper, 2);
    expect(recount.statusCode, recount.body).toBe(200);
    expect((await countPaper(cafe, duplicate, 2)).statusCode).toBe(200);
    const merged = await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/merges`,
      payload: { sourceId: duplicate, targetId: paper },
    });
    expect(merged.statusCode, merged.body).toBe(200);

    // Everyone sees the paper count apart from the phone votes; the ranking adds them up (4 > 3).
    const seen = await board(cafe, ash);
    expect(seen.ideas.find((i) => i.id === paper)).toMatchObject({
      dots: 0,
      voters: 0,
      paperVotes: 4,
      paperKind: 'dots',
      rank: 1,
    });
    expect(seen.ideas.find((i) => i.id === phones)).toMatchObject({ dots: 3, paperVotes: 0, rank: 2 });

    const harvest = (await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/harvest` })).json<{
      priorities: { ideaId: string; rank: number; paperVotes: number; result: string }[];
    }>();
    expect(harvest.priorities[0]).toMatchObject({
      ideaId: paper,
      rank: 1,
      paperVotes: 4,
      result: '0 dots from 0 people, and 4 sticker dots on paper: 4 in all',
    });
    // Hands counted in the room read as hands; 0 takes a count away.
    expect((await countPaper(cafe, phones, 2, 'hands')).statusCode).toBe(200);
    const hands = (await board(cafe, ash)).ideas.find((i) => i.id === phones);
    expect(hands).toMatchObject({ paperVotes: 2, paperKind: 'hands' });
    expect((await countPaper(cafe, phones, 0)).statusCode).toBe(200);
    expect((await board(cafe, ash)).ideas.find((i) => i.id === phones)).toMatchObject({
      paperVotes: 0,
      paperKind: null,
    });

    const audit = await t.as(admin, { method: 'GET', url: '/api/admin/audit?limit=200' });
    const counts = audit
      .json<{ events: { action: string; subjectId: string }[] }>()
      .events.filter((e) => e.action === 'cafe.paper_votes_counted' && e.subjectId === cafe.id);
    expect(counts).toHaveLength(5);
  });
});

describe("the participant's pages check answers without the validation library", () => {
  it('agrees with the contract on real answers, good and broken', async () => {
    const cafe = await newCafe({
      roles: [
        { role: 'lead_host', name: 'Robin' },
        { role: 'table_host', name: 'Sam', tableNumber: 2 },
      ],
    });
    const joined = await t.as(null, {
      method: 'POST',
      url: '/api/cafes/join',
      payload: { code: cafe.joinCode, displayName: 'Ash' },
    });
    const ash = { ...joined.json<Omit<Participant, 'cookie'>>(), cookie: participantCookieOf(joined) };
    const bea = await join(cafe, 'Bea');
    await control(cafe, 'start');
    const created = await t.as(ash, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/ideas`,
      payload: { text: 'A warm room on Sundays' },
    });
    const { id: warm } = created.json<{ id: string }>();
    const duplicate = await addIdea(cafe, bea, 'A warm room on a Sunday');
    const rude = await addIdea(cafe, bea, 'Something unkind');
    await control(cafe, 'open_voting');
    await vote(cafe, ash, warm, 2);
    await t.as(bea, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/help`,
      payload: { ideaId: warm, helping: true },
    });
    await t.as(facilitator, {
      method: 'PUT',
      url: `/api/cafes/${cafe.id}/ideas/${warm}/paper-votes`,
      payload: { count: 3, kind: 'hands' },
    });
    await t.as(facilitator, {
      method: 'POST',
      url: `/api/cafes/${cafe.id}/merges`,
      payload: { sourceId: duplicate, targetId: warm },
    });
    await t.as(facilitator, {
      method: 'PATCH',
      url: `/api/cafes/${cafe.id}/ideas/${rude}`,
      payload: { hidden: true },
    });

    // A pairwise café and an agreement café fill in the counts the dots café leaves null.
    const pairwise = await newCafe({ votingMethod: 'pairwise' });
    const [left, right] = [await join(pairwise), await join(pairwise)];
    await control(pairwise, 'start');
    await addIdea(pairwise, left, 'Peer mentors in hospital');
    await addIdea(pairwise, right, 'A Sunday drop-in');
    await control(pairwise, 'open_voting');
    const pair = await t.as(left, { method: 'GET', url: `/api/cafes/${pairwise.id}/pair` });
    const agreement = await newCafe({ votingMethod: 'agreement' });
    const voter = await join(agreement);
    await control(agreement, 'start');
    const statement = await addIdea(agreement, voter, 'People in recovery should help design services');
    await control(agreement, 'open_voting');
    await t.as(voter, {
      method: 'POST',
      url: `/api/cafes/${agreement.id}/statement-votes`,
      payload: { ideaId: statement, vote: 1 },
    });

    const boards = [
      await t.as(ash, { method: 'GET', url: `/api/cafes/${cafe.id}/board` }),
      await t.as(facilitator, { method: 'GET', url: `/api/cafes/${cafe.id}/board` }),
      await t.as(left, { method: 'GET', url: `/api/cafes/${pairwise.id}/board` }),
      await t.as(voter, { method: 'GET', url: `/api/cafes/${agreement.id}/board` }),
    ].map((response) => response.json<Board>());
    const pairs = [
      [joinAnswer, JoinCafeResponseSchema, joined.json()],
      [cafeAnswers.created, CreatedIdeaSchema, created.json()],
      [cafeAnswers.pair, PairSchema, pair.json()],
      [cafeAnswers.pair, PairSchema, null],
      ...boards.map((answer) => [cafeAnswers.board, BoardSchema, answer] as const),
    ] as const;
    for (const [check, schema, answer] of pairs) {
      expect(check.safeParse(answer)).toEqual({ success: true, data: schema.parse(answer) });
    }
    // What the checks read really was there: roles, votes, help, paper, a merge, a hidden idea, pairs, agreement.
    const [mine, facilitators, compared, agreed] = boards;
    expect(cafeAnswers.board.safeParse(mine)).toMatchObject({
      success: true,
      data: {
        cafe: {
          roles: [
            { name: 'Robin', tableNumber: null },
            { name: 'Sam', tableNumber: 2 },
          ],
        },
        me: { votes: { [warm]: 2 } },
      },
    });
    expect(facilitators?.ideas).toContainEqual(
      expect.objectContaining({ id: warm, paperKind: 'hands', helpers: 1 }),
    );
    expect(facilitators?.ideas).toContainEqual(expect.objectContaining({ id: duplicate, mergedInto: warm }));
    expect(facilitators?.ideas).toContainEqual(expect.objectContaining({ id: rude, hidden: true }));
    expect(compared?.ideas[0]?.pairwise).not.toBeNull();
    expect(agreed?.ideas[0]?.agreement).not.toBeNull();
    expect(pair.json()).toMatchObject({ leftId: expect.any(String) });

    // And refuse what the schemas refuse: a field missing, a wrong kind, an unknown value, a bad id,
    // an unknown field in a strict part, a whole number that is not one.
    const good = mine as Board;
    const { version: _version, ...unversioned } = good;
    const idea = good.ideas[0] as Board['ideas'][number];
    const role = good.cafe.roles[0] as Board['cafe']['roles'][number];
    for (const broken of [
      unversioned,
      { ...good, participants: '2' },
      { ...good, participants: 2.5 },
      { ...good, cafe: { ...good.cafe, status: 'paused' } },
      { ...good, cafe: { ...good.cafe, id: 'seven' } },
      { ...good, cafe: { ...good.cafe, startsAt: 'next Tuesday' } },
      { ...good, cafe: { ...good.cafe, roles: [{ ...role, phone: '07700 900000' }] } },
      { ...good, cafe: { ...good.cafe, roles: [{ ...role, name: '   ' }] } },
      { ...good, ideas: [{ ...idea, paperKind: 'stickers' }] },
      { ...good, ideas: [{ ...idea, pairwise: { wins: 1 } }] },
      { ...good, me: { ...good.me, votes: { [warm]: 'two' } } },
      { ...good, me: { ...good.me, helping: ['seven'] } },
      null,
      [],
    ]) {
      expect(BoardSchema.safeParse(broken).success).toBe(false);
      expect(cafeAnswers.board.safeParse(broken)).toEqual({ success: false });
    }
    const { tableId: _tableId, ...unseated } = joined.json<Record<string, unknown>>();
    for (const [check, schema, broken] of [
      [joinAnswer, JoinCafeResponseSchema, unseated],
      [cafeAnswers.created, CreatedIdeaSchema, { id: 7 }],
      [cafeAnswers.pair, PairSchema, { leftId: warm }],
      [cafeAnswers.pair, PairSchema, undefined],
    ] as const) {
      expect(schema.safeParse(broken).success).toBe(false);
      expect(check.safeParse(broken)).toEqual({ success: false });
    }
  });
});
