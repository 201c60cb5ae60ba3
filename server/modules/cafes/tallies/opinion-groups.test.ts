import { describe, expect, it } from 'vitest';
import { agreeRate, consensus } from './consensus.js';
import { groupParticipants, type OpinionGroup } from './opinion-groups.js';
import type { StatementVote, StatementVoteValue } from './statement-votes.js';

/** Votes for one person from a string such as "++-0 -": + agree, - disagree, 0 pass, space unseen. */
function ballot(participantId: string, pattern: string): StatementVote[] {
  const votes: StatementVote[] = [];
  [...pattern].forEach((mark, i) => {
    const vote: StatementVoteValue | undefined =
      mark === '+' ? 1 : mark === '-' ? -1 : mark === '0' ? 0 : undefined;
    if (vote !== undefined) votes.push({ participantId, statementId: `s${i + 1}`, vote });
  });
  return votes;
}

// Two camps of six over eight statements: camp A agrees with s1–s4 and disagrees with s5–s8, camp B
// the reverse. Each person strays or skips somewhere, as real people do.
const campA = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
const campB = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
const twoCamps: StatementVote[] = [
  ...ballot('a1', '++++----'),
  ...ballot('a2', '+++0----'),
  ...ballot('a3', '++ +--+-'),
  ...ballot('a4', '+++++---'),
  ...ballot('a5', '-+++-- -'),
  ...ballot('a6', '++++-0--'),
  ...ballot('b1', '----++++'),
  ...ballot('b2', '-0--++++'),
  ...ballot('b3', '--+-+++ '),
  ...ballot('b4', '----+-++'),
  ...ballot('b5', ' ---++++'),
  ...ballot('b6', '-----+++'),
];

describe('groupParticipants', () => {
  it('splits two clearly opposed camps into two groups', () => {
    const grouping = groupParticipants(twoCamps);
    expect(grouping.reason).toBe('clustered');
    expect(grouping.groups).toHaveLength(2);
    const sets = grouping.groups.map((g) => [...g.participantIds].sort());
    expect(sets).toContainEqual(campA);
    expect(sets).toContainEqual(campB);
    expect(grouping.silhouette).toBeGreaterThan(0.5);
    expect(grouping.positions).toHaveLength(12);
  });

  it('finds three camps when there are three', () => {
    const votes = [
      ...['p1', 'p2', 'p3', 'p4'].flatMap((p, i) => ballot(p, i === 0 ? '++--0--' : '++-----')),
      ...['q1', 'q2', 'q3', 'q4'].flatMap((p, i) => ballot(p, i === 0 ? '--++--0' : '--++---')),
      ...['r1', 'r2', 'r3', 'r4'].flatMap((p, i) => ballot(p, i === 0 ? '0---+++' : '----+++')),
    ];
    const grouping = groupParticipants(votes);
    expect(grouping.groups.map((g) => g.participantIds)).toEqual(
      expect.arrayContaining([
        ['p1', 'p2', 'p3', 'p4'],
        ['q1', 'q2', 'q3', 'q4'],
        ['r1', 'r2', 'r3', 'r4'],
      ]),
    );
  });

  it('is deterministic, whatever order the votes arrive in', () => {
    const first = groupParticipants(twoCamps);
    const again = groupParticipants(twoCamps);
    const reversed = groupParticipants([...twoCamps].reverse());
    // Interleave: every other vote first, then the rest.
    const shuffled = groupParticipants([
      ...twoCamps.filter((_, i) => i % 2 === 0),
      ...twoCamps.filter((_, i) => i % 2 === 1),
    ]);
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
    expect(shuffled).toEqual(first);
    expect(groupParticipants(twoCamps, { seed: 99 }).groups).toEqual(first.groups);
  });

  it('numbers groups largest first', () => {
    const votes = twoCamps.filter((v) => v.participantId !== 'a6' && v.participantId !== 'a5');
    const grouping = groupParticipants(votes);
    expect(grouping.groups[0]?.participantIds).toEqual(campB);
    expect(grouping.groups[1]?.participantIds).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('keeps everyone in one group below six people', () => {
    const votes = twoCamps.filter((v) => ['a1', 'a2', 'b1', 'b2', 'b3'].includes(v.participantId));
    const grouping = groupParticipants(votes);
    expect(grouping.reason).toBe('too-few-participants');
    expect(grouping.groups).toEqual([{ groupId: 0, participantIds: ['a1', 'a2', 'b1', 'b2', 'b3'] }]);
    expect(grouping.silhouette).toBeNull();
    // The map positions are still given, so a chart can be drawn.
    expect(grouping.positions).toHaveLength(5);
  });

  it('keeps everyone in one group when too few statements were voted on', () => {
    const votes = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].flatMap((p, i) => ballot(p, i % 2 ? '+0' : '-0'));
    expect(groupParticipants(votes).reason).toBe('too-few-votes');
  });

  it('keeps everyone in one group when everyone voted the same', () => {
    const votes = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].flatMap((p) => ballot(p, '+-+-'));
    const grouping = groupParticipants(votes);
    expect(grouping.reason).toBe('no-differences');
    expect(grouping.groups).toHaveLength(1);
  });

  it('works with 0, 1 and 2 participants', () => {
    expect(groupParticipants([])).toEqual({
      groups: [],
      positions: [],
      silhouette: null,
      reason: 'too-few-participants',
    });
    expect(groupParticipants(ballot('p', '+-')).groups).toEqual([{ groupId: 0, participantIds: ['p'] }]);
    const two = groupParticipants([...ballot('p', '+-'), ...ballot('q', '-+')]);
    expect(two.groups).toEqual([{ groupId: 0, participantIds: ['p', 'q'] }]);
  });

  it('can split small rooms when asked to', () => {
    const votes = [
      ...ballot('p', '++--'),
      ...ballot('q', '++-- '),
      ...ballot('r', '--++'),
      ...ballot('s', '--+0'),
    ];
    const grouping = groupParticipants(votes, { minParticipants: 3 });
    expect(grouping.groups.map((g) => g.participantIds)).toEqual([
      ['p', 'q'],
      ['r', 's'],
    ]);
  });
});

describe('consensus', () => {
  const groups: OpinionGroup[] = [
    { groupId: 0, participantIds: ['g0a', 'g0b', 'g0c'] },
    { groupId: 1, participantIds: ['g1a', 'g1b'] },
  ];
  const votes: StatementVote[] = [
    // s1 — group 0: agree, agree, pass; group 1: agree, disagree.
    { participantId: 'g0a', statementId: 's1', vote: 1 },
    { participantId: 'g0b', statementId: 's1', vote: 1 },
    { participantId: 'g0c', statementId: 's1', vote: 0 },
    { participantId: 'g1a', statementId: 's1', vote: 1 },
    { participantId: 'g1b', statementId: 's1', vote: -1 },
    // s2 — group 0: all disagree; group 1: both agree.
    { participantId: 'g0a', statementId: 's2', vote: -1 },
    { participantId: 'g0b', statementId: 's2', vote: -1 },
    { participantId: 'g0c', statementId: 's2', vote: -1 },
    { participantId: 'g1a', statementId: 's2', vote: 1 },
    { participantId: 'g1b', statementId: 's2', vote: 1 },
  ];

  it('works out group-informed consensus for two groups by hand', () => {
    const [s1, s2] = consensus(votes, groups);
    // s1: group 0 agrees 2 of 3 votes (the pass counts as a vote) → (2+1)/(3+2) = 3/5 = 0.6
    //     group 1 agrees 1 of 2 votes → (1+1)/(2+2) = 2/4 = 0.5
    //     GIC = 0.6 × 0.5 = 0.3
    expect(s1).toMatchObject({
      statementId: 's1',
      agrees: 3,
      disagrees: 1,
      passes: 1,
      votes: 5,
      perGroup: [
        { groupId: 0, agrees: 2, disagrees: 0, passes: 1, votes: 3 },
        { groupId: 1, agrees: 1, disagrees: 1, passes: 0, votes: 2 },
      ],
    });
    expect(s1?.groupInformedConsensus).toBeCloseTo(0.3, 10);
    // s2: group 0 → (0+1)/(3+2) = 1/5 = 0.2; group 1 → (2+1)/(2+2) = 3/4 = 0.75; GIC = 0.2 × 0.75 = 0.15
    expect(s2).toMatchObject({ statementId: 's2', agrees: 2, disagrees: 3, passes: 0, votes: 5 });
    expect(s2?.groupInformedConsensus).toBeCloseTo(0.15, 10);
  });

  it('shows where groups differ', () => {
    const byId = new Map(consensus(votes, groups).map((s) => [s.statementId, s]));
    // s1: group 0 at 0.6 against the rest (group 1) at 0.5 → gap 0.1; the same gap seen from group 1.
    expect(byId.get('s1')?.divisiveness).toBeCloseTo(0.1, 10);
    // s2: |0.2 − 0.75| = 0.55, the room split down the middle.
    expect(byId.get('s2')?.divisiveness).toBeCloseTo(0.55, 10);
    expect(byId.get('s2')?.mostDistinctGroupId).toBe(0);
  });

  it('counts a pass as a vote, lowering consensus against not voting at all', () => {
    // One group, one agree: (1+1)/(1+2) = 2/3. Add a pass: (1+1)/(2+2) = 1/2.
    const one: OpinionGroup[] = [{ groupId: 0, participantIds: ['p', 'q'] }];
    const agreeOnly = consensus([{ participantId: 'p', statementId: 's', vote: 1 }], one);
    const withPass = consensus(
      [
        { participantId: 'p', statementId: 's', vote: 1 },
        { participantId: 'q', statementId: 's', vote: 0 },
      ],
      one,
    );
    expect(agreeOnly[0]?.groupInformedConsensus).toBeCloseTo(2 / 3, 10);
    expect(withPass[0]?.groupInformedConsensus).toBeCloseTo(1 / 2, 10);
    expect(agreeRate({ agrees: 1, votes: 2 })).toBe(0.5);
  });

  it('takes a changed vote once, at its latest value', () => {
    const [s] = consensus(
      [
        { participantId: 'p', statementId: 's', vote: -1 },
        { participantId: 'p', statementId: 's', vote: 1 },
      ],
      [],
    );
    expect(s).toMatchObject({ agrees: 1, disagrees: 0, votes: 1 });
  });

  it('lists statements nobody has voted on, and sorts by consensus', () => {
    const results = consensus(votes, groups, ['s3']);
    expect(results.map((r) => r.statementId)).toEqual(['s1', 's3', 's2']);
    // s3: (0+1)/(0+2) = 0.5 per group → 0.25.
    expect(results[1]).toMatchObject({ votes: 0, groupInformedConsensus: 0.25, divisiveness: 0 });
  });

  it('works with 0, 1 and 2 participants and no groups', () => {
    expect(consensus([], [])).toEqual([]);
    const [single] = consensus([{ participantId: 'p', statementId: 's', vote: 1 }], []);
    // Whole room as one group: (1+1)/(1+2) = 2/3; no second group to differ from.
    expect(single?.groupInformedConsensus).toBeCloseTo(2 / 3, 10);
    expect(single?.divisiveness).toBe(0);
    expect(single?.mostDistinctGroupId).toBeNull();
    const pair = [
      { participantId: 'p', statementId: 's', vote: 1 as const },
      { participantId: 'q', statementId: 's', vote: -1 as const },
    ];
    const grouping = groupParticipants(pair);
    const [both] = consensus(pair, grouping.groups);
    // One group of two, 1 agree of 2 votes: (1+1)/(2+2) = 0.5.
    expect(both).toMatchObject({ agrees: 1, disagrees: 1, votes: 2, groupInformedConsensus: 0.5 });
  });

  it('uses the groups groupParticipants found', () => {
    const grouping = groupParticipants(twoCamps);
    const results = consensus(twoCamps, grouping.groups);
    expect(results).toHaveLength(8);
    for (const r of results) {
      expect(r.perGroup).toHaveLength(2);
      expect(r.perGroup.reduce((s, g) => s + g.votes, 0)).toBe(r.votes);
      // Every statement here is contested, so groups differ a lot.
      expect(r.divisiveness).toBeGreaterThan(0.4);
    }
  });
});
