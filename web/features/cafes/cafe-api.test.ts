import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../../contracts/cafes.js';
import { boardOf, CAFE } from './board.fixture.js';
import { boardKey, fetchNewestBoard, mergeLiveBoard } from './cafe-api.js';

/** The server's answer to GET /board, held back until the test lets it through. */
function boardAnswerHeldBack() {
  let answer: (board: Board) => void = () => undefined;
  const fetch = vi.fn(
    () =>
      new Promise<Response>((resolve) => {
        answer = (board) =>
          resolve(new Response(JSON.stringify(board), { headers: { 'content-type': 'application/json' } }));
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return { answer: (board: Board) => answer(board), fetch };
}

function at(version: number, votingOpen: boolean, me = true): Board {
  return { ...boardOf({ me }), version, cafe: { ...boardOf().cafe, votingOpen } };
}

/** A phone holding the board at version 1 that has begun to fetch it again. */
async function fetchStartedAtVersionOne() {
  const client = new QueryClient();
  client.setQueryData(boardKey(CAFE), at(1, false));
  const server = boardAnswerHeldBack();
  const fetching = client.fetchQuery({
    queryKey: boardKey(CAFE),
    queryFn: () => fetchNewestBoard(client, CAFE),
  });
  await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledOnce());
  return { client, server, fetching };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a participant’s board fetched while the room moves on', () => {
  it('keeps the live board when a fetch begun before it answers after it', async () => {
    const { client, server, fetching } = await fetchStartedAtVersionOne();

    // Voting opens on the live socket while the fetch is on its way…
    client.setQueryData<Board>(boardKey(CAFE), (current) => mergeLiveBoard(current, at(3, true, false)));
    // …and the fetch answers with the board as it was before.
    server.answer(at(2, false));
    await fetching;

    const board = client.getQueryData<Board>(boardKey(CAFE));
    expect(board?.version).toBe(3);
    expect(board?.cafe.votingOpen).toBe(true);
    expect(board?.me?.dotsLeft).toBe(3);
  });

  it('takes a fetched board that is newer than the one held', async () => {
    const { client, server, fetching } = await fetchStartedAtVersionOne();
    server.answer(at(4, true));
    await fetching;

    expect(client.getQueryData<Board>(boardKey(CAFE))?.version).toBe(4);
    expect(client.getQueryData<Board>(boardKey(CAFE))?.cafe.votingOpen).toBe(true);
  });
});
