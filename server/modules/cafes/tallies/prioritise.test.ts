import { describe, expect, it } from 'vitest';
import {
  nextPair,
  pairwiseScore,
  rankByValue,
  scorePairwise,
  tallyApproval,
  tallyDots,
  tallyHelpers,
  type PairwiseChoice,
} from './prioritise.js';

/** Seeded generator for repeatable draws in tests. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('competition ranking', () => {
  it('gives ties the same rank and skips the next (1, 2, 2, 4)', () => {
    // Values 9, 5, 5, 1: the two 5s share rank 2, so the 1 is ranked 4, not 3.
    const ranked = rankByValue(
      [
        { ideaId: 'd', v: 1 },
        { ideaId: 'c', v: 5 },
        { ideaId: 'a', v: 9 },
        { ideaId: 'b', v: 5 },
      ],
      (x) => x.v,
    );
    expect(ranked.map((r) => [r.ideaId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});

describe('tallyDots', () => {
  it('adds stacked dots and counts distinct voters, by hand', () => {
    // 3 dots each, stacking allowed.
    // ann: 2 on x + 1 on y;  bob: 3 on y;  cat: 1 on x, 1 on y, 1 on z
    // x = 2 + 1 = 3 dots (ann, cat → 2 voters)
    // y = 1 + 3 + 1 = 5 dots (ann, bob, cat → 3 voters)
    // z = 1 dot (cat → 1 voter); w had no dots but is listed with 0.
    const tally = tallyDots(
      [
        { participantId: 'ann', ideaId: 'x', dots: 2 },
        { participantId: 'ann', ideaId: 'y', dots: 1 },
        { participantId: 'bob', ideaId: 'y', dots: 3 },
        { participantId: 'cat', ideaId: 'x', dots: 1 },
        { participantId: 'cat', ideaId: 'y', dots: 1 },
        { participantId: 'cat', ideaId: 'z', dots: 1 },
      ],
      { dotsPerPerson: 3, allowStacking: true, ideaIds: ['w', 'x', 'y', 'z'] },
    );
    expect(tally.invalid).toEqual([]);
    expect(tally.participants).toBe(3);
    expect(tally.results).toEqual([
      { ideaId: 'y', dots: 5, voters: 3, rank: 1 },
      { ideaId: 'x', dots: 3, voters: 2, rank: 2 },
      { ideaId: 'z', dots: 1, voters: 1, rank: 3 },
      { ideaId: 'w', dots: 0, voters: 0, rank: 4 },
    ]);
  });

  it('shares ranks on ties', () => {
    // a: 2 dots, b: 1, c: 1, d: 0 → ranks 1, 2, 2, 4.
    const tally = tallyDots(
      [
        { participantId: 'p1', ideaId: 'a', dots: 1 },
        { participantId: 'p2', ideaId: 'a', dots: 1 },
        { participantId: 'p1', ideaId: 'b', dots: 1 },
        { participantId: 'p2', ideaId: 'c', dots: 1 },
      ],
      { dotsPerPerson: 2, allowStacking: false, ideaIds: ['a', 'b', 'c', 'd'] },
    );
    expect(tally.results.map((r) => [r.ideaId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('sets aside over-budget rows and keeps the dots placed first', () => {
    // Budget 3: ann places 2 (spent 2), then 2 more (2 + 2 = 4 > 3, refused), then 1 (2 + 1 = 3, fine).
    const over = { participantId: 'ann', ideaId: 'y', dots: 2 };
    const tally = tallyDots(
      [{ participantId: 'ann', ideaId: 'x', dots: 2 }, over, { participantId: 'ann', ideaId: 'z', dots: 1 }],
      { dotsPerPerson: 3, allowStacking: true },
    );
    expect(tally.invalid).toEqual([{ vote: over, reason: 'over-budget' }]);
    expect(tally.results.map((r) => [r.ideaId, r.dots])).toEqual([
      ['x', 2],
      ['z', 1],
    ]);
  });

  it('refuses stacking when it is not allowed, whether in one row or two', () => {
    const twoAtOnce = { participantId: 'bob', ideaId: 'x', dots: 2 };
    const again = { participantId: 'ann', ideaId: 'x', dots: 1 };
    const tally = tallyDots([{ participantId: 'ann', ideaId: 'x', dots: 1 }, again, twoAtOnce], {
      dotsPerPerson: 5,
      allowStacking: false,
    });
    expect(tally.invalid).toEqual([
      { vote: again, reason: 'stacking-not-allowed' },
      { vote: twoAtOnce, reason: 'stacking-not-allowed' },
    ]);
    expect(tally.results).toEqual([{ ideaId: 'x', dots: 1, voters: 1, rank: 1 }]);
  });

  it('refuses zero, negative and fractional dots', () => {
    const bad = [0, -1, 1.5].map((dots) => ({ participantId: 'p', ideaId: 'x', dots }));
    const tally = tallyDots(bad, { dotsPerPerson: 3, allowStacking: true });
    expect(tally.invalid.map((i) => i.reason)).toEqual(Array(3).fill('not-a-positive-whole-number'));
    expect(tally.results).toEqual([]);
  });

  it('works with 0, 1 and 2 participants', () => {
    const options = { dotsPerPerson: 2, allowStacking: true, ideaIds: ['a', 'b'] };
    expect(tallyDots([], options).results).toEqual([
      { ideaId: 'a', dots: 0, voters: 0, rank: 1 },
      { ideaId: 'b', dots: 0, voters: 0, rank: 1 },
    ]);
    expect(tallyDots([{ participantId: 'p', ideaId: 'b', dots: 2 }], options).results[0]).toEqual({
      ideaId: 'b',
      dots: 2,
      voters: 1,
      rank: 1,
    });
    const two = tallyDots(
      [
        { participantId: 'p', ideaId: 'a', dots: 1 },
        { participantId: 'q', ideaId: 'b', dots: 1 },
      ],
      options,
    );
    expect(two.participants).toBe(2);
    expect(two.results.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('tallyApproval', () => {
  it('divides approvals by the people who voted, by hand', () => {
    // 4 people voted. x: ann, bob, cat = 3 → 3/4 = 0.75; y: ann, dan = 2 → 2/4 = 0.5; z: 0 → 0.
    // ann approving x twice still counts once.
    const tally = tallyApproval(
      [
        { participantId: 'ann', ideaId: 'x' },
        { participantId: 'ann', ideaId: 'x' },
        { participantId: 'bob', ideaId: 'x' },
        { participantId: 'cat', ideaId: 'x' },
        { participantId: 'ann', ideaId: 'y' },
        { participantId: 'dan', ideaId: 'y' },
      ],
      ['x', 'y', 'z'],
    );
    expect(tally.participants).toBe(4);
    expect(tally.results).toEqual([
      { ideaId: 'x', approvals: 3, share: 0.75, rank: 1 },
      { ideaId: 'y', approvals: 2, share: 0.5, rank: 2 },
      { ideaId: 'z', approvals: 0, share: 0, rank: 3 },
    ]);
  });

  it('ranks ties together', () => {
    const tally = tallyApproval([
      { participantId: 'p', ideaId: 'a' },
      { participantId: 'q', ideaId: 'b' },
    ]);
    expect(tally.results).toEqual([
      { ideaId: 'a', approvals: 1, share: 0.5, rank: 1 },
      { ideaId: 'b', approvals: 1, share: 0.5, rank: 1 },
    ]);
  });

  it('works with 0 and 1 participants', () => {
    expect(tallyApproval([], ['a'])).toEqual({
      results: [{ ideaId: 'a', approvals: 0, share: 0, rank: 1 }],
      participants: 0,
    });
    expect(tallyApproval([{ participantId: 'p', ideaId: 'a' }]).results[0]?.share).toBe(1);
  });
});

describe('scorePairwise', () => {
  it('scores 3 wins and 1 loss as 100·4/6 = 66.67', () => {
    // a beats b, c, d and loses to b once: wins 3, losses 1 → 100·(3+1)/(3+1+2) = 400/6 = 66.67.
    // b: 1 win, 1 loss → 100·2/4 = 50.   c: 0 wins, 1 loss → 100·1/3 = 33.33.   d: same as c.
    // One "can't decide" between c and d: an appearance for each, not a win or loss.
    const choices: PairwiseChoice[] = [
      { participantId: 'p1', winnerId: 'a', loserId: 'b' },
      { participantId: 'p1', winnerId: 'a', loserId: 'c' },
      { participantId: 'p2', winnerId: 'a', loserId: 'd' },
      { participantId: 'p2', winnerId: 'b', loserId: 'a' },
      { participantId: 'p3', leftId: 'c', rightId: 'd', cantDecide: true },
    ];
    const results = scorePairwise(choices, ['a', 'b', 'c', 'd']);
    expect(results[0]).toMatchObject({ ideaId: 'a', wins: 3, losses: 1, cantDecide: 0, appearances: 4 });
    expect(results[0]?.score).toBeCloseTo(66.67, 2);
    expect(results[1]).toMatchObject({ ideaId: 'b', wins: 1, losses: 1, score: 50, rank: 2 });
    expect(results[2]).toMatchObject({
      ideaId: 'c',
      wins: 0,
      losses: 1,
      cantDecide: 1,
      appearances: 2,
      rank: 3,
    });
    expect(results[2]?.score).toBeCloseTo(33.33, 2);
    expect(results[3]).toMatchObject({ ideaId: 'd', rank: 3 });
  });

  it('gives an idea never compared a score of 50, and ignores unknown ideas', () => {
    // No comparisons: 100·(0+1)/(0+0+2) = 50.
    expect(pairwiseScore(0, 0)).toBe(50);
    const results = scorePairwise([{ participantId: 'p', winnerId: 'gone', loserId: 'a' }], ['a', 'b']);
    expect(results.map((r) => [r.ideaId, r.score, r.appearances])).toEqual([
      ['a', 50, 0],
      ['b', 50, 0],
    ]);
  });

  it('works with 0, 1 and 2 participants', () => {
    expect(scorePairwise([], [])).toEqual([]);
    const one = scorePairwise([{ participantId: 'p', winnerId: 'a', loserId: 'b' }], ['a', 'b']);
    // a: 100·2/3 = 66.67, b: 100·1/3 = 33.33.
    expect(one.map((r) => r.score.toFixed(2))).toEqual(['66.67', '33.33']);
    const two = scorePairwise(
      [
        { participantId: 'p', winnerId: 'a', loserId: 'b' },
        { participantId: 'q', winnerId: 'b', loserId: 'a' },
      ],
      ['a', 'b'],
    );
    expect(two.map((r) => [r.score, r.rank])).toEqual([
      [50, 1],
      [50, 1],
    ]);
  });
});

describe('nextPair', () => {
  const key = (a: string, b: string) => [a, b].sort().join('|');

  it('returns null with fewer than two ideas', () => {
    expect(nextPair([], [], 'p')).toBeNull();
    expect(nextPair(['a'], [], 'p')).toBeNull();
    expect(nextPair(['a', 'a'], [], 'p')).toBeNull();
  });

  it('offers the least-shown pair', () => {
    // a–b shown twice, a–c once, b–c never: b–c must come next.
    const history: PairwiseChoice[] = [
      { participantId: 'x', winnerId: 'a', loserId: 'b' },
      { participantId: 'y', winnerId: 'b', loserId: 'a' },
      { participantId: 'x', winnerId: 'a', loserId: 'c' },
    ];
    for (let seed = 1; seed <= 20; seed++) {
      const pair = nextPair(['a', 'b', 'c'], history, 'z', seeded(seed));
      expect(pair && key(pair.leftId, pair.rightId)).toBe('b|c');
    }
  });

  it('never repeats a pair for one person until they have answered them all', () => {
    const ideas = ['a', 'b', 'c', 'd', 'e'];
    const history: PairwiseChoice[] = [];
    const seen = new Set<string>();
    const random = seeded(7);
    for (let i = 0; i < 10; i++) {
      const pair = nextPair(ideas, history, 'me', random);
      if (!pair) throw new Error('expected a pair');
      const k = key(pair.leftId, pair.rightId);
      expect(seen.has(k)).toBe(false);
      seen.add(k);
      history.push({ participantId: 'me', leftId: pair.leftId, rightId: pair.rightId, cantDecide: true });
    }
    expect(seen.size).toBe(10);
    // All 10 answered: repeats are allowed now, rather than running out.
    expect(nextPair(ideas, history, 'me', random)).not.toBeNull();
  });

  /** Draw `draws` pairs, asking for each one as `who(i)`, and return the spread of shown counts after each draw. */
  function spreads(ideas: string[], draws: number, who: (i: number) => string, seed: number): number[] {
    const random = seeded(seed);
    const pairCount = (ideas.length * (ideas.length - 1)) / 2;
    const history: PairwiseChoice[] = [];
    const shown = new Map<string, number>();
    const result: number[] = [];
    for (let i = 0; i < draws; i++) {
      const participantId = who(i);
      const pair = nextPair(ideas, history, participantId, random);
      if (!pair) throw new Error('expected a pair');
      history.push({ participantId, winnerId: pair.leftId, loserId: pair.rightId });
      const k = key(pair.leftId, pair.rightId);
      shown.set(k, (shown.get(k) ?? 0) + 1);
      // Unshown pairs count as 0, so the spread is checked from the very first draw.
      const counts = [...shown.values(), ...Array<number>(pairCount - shown.size).fill(0)];
      result.push(Math.max(...counts) - Math.min(...counts));
    }
    return result;
  }

  it('keeps shown counts within 1 of each other over many draws', () => {
    // 6 ideas = 15 pairs. One person answering 500 times goes round all 15 pairs again and again.
    for (let seed = 1; seed <= 5; seed++) {
      expect(Math.max(...spreads(['a', 'b', 'c', 'd', 'e', 'f'], 500, () => 'me', seed))).toBeLessThanOrEqual(
        1,
      );
    }
    // A drop-in room: 300 people each answering once (a phone passed round, or a queue at a screen).
    expect(
      Math.max(...spreads(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 300, (i) => `p${i}`, 9)),
    ).toBeLessThanOrEqual(1);
  });

  it('does not repeat a pair for someone even to keep counts level', () => {
    // The two rules can pull apart when several people answer in turn. Shown so far:
    // a–b once (by p1), a–c twice (by p2, p3), b–c twice (by p3, p1). p1 has answered a–b and b–c,
    // so the only pair new to p1 is a–c, though a–b is shown less: the no-repeat rule wins.
    const history: PairwiseChoice[] = [
      { participantId: 'p1', winnerId: 'a', loserId: 'b' },
      { participantId: 'p2', winnerId: 'a', loserId: 'c' },
      { participantId: 'p3', winnerId: 'c', loserId: 'a' },
      { participantId: 'p3', winnerId: 'b', loserId: 'c' },
      { participantId: 'p1', winnerId: 'b', loserId: 'c' },
    ];
    const pair = nextPair(['a', 'b', 'c'], history, 'p1', seeded(1));
    expect(pair && key(pair.leftId, pair.rightId)).toBe('a|c');
    // Anyone else is offered the least-shown pair, a–b.
    const other = nextPair(['a', 'b', 'c'], history, 'p4', seeded(1));
    expect(other && key(other.leftId, other.rightId)).toBe('a|b');
  });

  it('puts each idea on the left about as often as the right', () => {
    const random = seeded(3);
    let aLeft = 0;
    for (let i = 0; i < 400; i++) if (nextPair(['a', 'b'], [], 'p', random)?.leftId === 'a') aLeft += 1;
    expect(aLeft).toBeGreaterThan(150);
    expect(aLeft).toBeLessThan(250);
  });
});

describe('tallyHelpers', () => {
  it('counts distinct people per idea', () => {
    // x: ann (twice), bob → 2 people; y: cat → 1; z: nobody → 0.
    expect(
      tallyHelpers(
        [
          { participantId: 'ann', ideaId: 'x' },
          { participantId: 'ann', ideaId: 'x' },
          { participantId: 'bob', ideaId: 'x' },
          { participantId: 'cat', ideaId: 'y' },
        ],
        ['z'],
      ),
    ).toEqual([
      { ideaId: 'x', helpers: 2 },
      { ideaId: 'y', helpers: 1 },
      { ideaId: 'z', helpers: 0 },
    ]);
  });

  it('works with no ticks', () => {
    expect(tallyHelpers([])).toEqual([]);
  });
});
