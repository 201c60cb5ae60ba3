import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../contracts/cafes.js';
import { cafeHarvestEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { harvestKey, useHarvest } from './harvest-query.js';

const h = cafesStrings.harvest;

/**
 * Downloads, and priorities to send on to co-production ("You said, we did"). The harvest is
 * fetched again after hiding or merging, but until it arrives (and when another facilitator hides
 * an idea, which only the live board hears of) ideas no longer standing on the board are left out.
 */
export function Harvest({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const cafeId = board.cafe.id;
  const gone = new Set(board.ideas.filter((i) => i.hidden || i.mergedInto).map((i) => i.id));
  const client = useQueryClient();
  const harvest = useHarvest(cafeId);
  const send = useMutation({
    mutationFn: (ideaId: string) =>
      callEndpoint(cafeHarvestEndpoints.sendPriority, { params: { cafeId }, body: { ideaId } }),
    onSuccess: (data) => {
      client.setQueryData(harvestKey(cafeId), data);
      onDone(h.sentMessage);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const priorities = harvest.data?.priorities.filter((p) => !gone.has(p.ideaId));
  return (
    <section className="section" aria-labelledby="harvest-title">
      <h2 id="harvest-title">{h.title}</h2>
      <p>{h.lead}</p>
      <ul>
        <li>
          <a href={`/api/cafes/${cafeId}/harvest.docx`} download>
            {h.word}
          </a>
        </li>
        <li>
          <a href={`/api/cafes/${cafeId}/harvest.pdf`} download>
            {h.pdf}
          </a>
        </li>
        <li>
          <a href={`/api/cafes/${cafeId}/table-cards.pdf`} download>
            {h.cards}
          </a>
        </li>
      </ul>
      <h3>{h.priorities}</h3>
      {harvest.isError ? <LoadError error={harvest.error} onRetry={() => void harvest.refetch()} /> : null}
      {priorities && priorities.length === 0 ? <p>{h.none}</p> : null}
      <ol>
        {priorities?.map((p) => (
          <li key={p.ideaId}>
            {p.text} <span className="secondary-text">({p.result})</span>{' '}
            {p.sources ? <span className="secondary-text">{p.sources}.</span> : null}{' '}
            {p.sentOn ? (
              <strong>{h.sent}</strong>
            ) : (
              <Button variant="secondary" onPress={() => send.mutate(p.ideaId)} aria-label={h.send(p.text)}>
                {h.send(p.text)}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
