import { describe, expect, it } from 'vitest';
import { applyBoardChange, boardChange } from './cafes.board-changes.js';
import type { Board, Idea } from './cafes.js';

const idea = (id: string, dots = 0) => ({ id, text: `Idea ${id}`, dots, rank: null }) as unknown as Idea;
const board = (version: number, ideas: Idea[], participants = 10) =>
  ({
    cafe: { status: 'live', votingOpen: true },
    ideas,
    participants,
    opinionGroups: null,
    me: null,
    version,
  }) as unknown as Board;

describe('a live board’s changes', () => {
  it('carry only what differs, and bring the old board to the new one', () => {
    const before = board(1, [idea('a'), idea('b'), idea('c')]);
    const cases = [
      board(2, [idea('a', 1), idea('b'), idea('c')]),
      board(2, [idea('a'), idea('b'), idea('c')], 11),
      board(2, [idea('a'), idea('b'), idea('c'), idea('d')]),
      board(2, [idea('a'), idea('c')]),
      board(2, [idea('c'), idea('a'), idea('b')]),
      {
        ...board(2, [idea('a'), idea('b'), idea('c')]),
        cafe: { status: 'closed', votingOpen: false },
      } as Board,
    ];
    for (const after of cases) {
      const change = boardChange(before, after);
      expect(change && applyBoardChange(before, change)).toEqual(after);
    }
    expect(boardChange(before, board(2, [idea('a', 1), idea('b'), idea('c')]))).toEqual({
      type: 'change',
      from: 1,
      ideas: [{ id: 'a', dots: 1 }],
      version: 2,
    });
    expect(boardChange(before, before)).toBeUndefined();
  });

  it('are refused by a board they do not follow from, so the whole board is fetched', () => {
    const change = boardChange(board(1, [idea('a')]), board(2, [idea('a', 1)]));
    expect(change && applyBoardChange(board(3, [idea('a')]), change)).toBeUndefined();
  });
});
