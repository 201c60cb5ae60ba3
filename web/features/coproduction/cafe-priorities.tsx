import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PrioritySchema } from '../../../contracts/coproduction.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { apiRequest, errorText } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';

const h = coproductionStrings.hub;

function OrganisationCafePriorities({
  organisation,
  showName,
  onDone,
}: {
  organisation: { id: string; name: string };
  showName: boolean;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: keys.cafePriorities(organisation.id),
    queryFn: () => api.fetchCafePriorities(organisation.id),
  });
  const bringIn = useMutation({
    mutationFn: (cafePriorityId: string) =>
      apiRequest(
        `${api.base}/organisations/${organisation.id}/cafe-priorities/${cafePriorityId}/import`,
        PrioritySchema,
        { method: 'POST' },
      ),
    onSuccess: (priority) => {
      void client.invalidateQueries({ queryKey: keys.cafePriorities(organisation.id) });
      void client.invalidateQueries({ queryKey: keys.priorities });
      client.setQueryData(keys.priority(priority.id), priority);
      onDone(h.broughtIn(priority.title));
    },
    onError: (error) => onDone(errorText(error)),
  });

  return (
    <div className="cop-block">
      {showName ? <h3>{organisation.name}</h3> : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.cafePriorities.length === 0 ? (
        <p>{h.cafeNone}</p>
      ) : (
        <ul className="record-list plain-list">
          {list.data.cafePriorities.map((item) => {
            const textId = `cafe-priority-${item.id}`;
            return (
              <li key={item.id} className="record">
                <p id={textId} className="record__title">
                  {item.text}
                </p>
                <p className="secondary-text">
                  {h.cafeFrom(item.cafeTitle, formatDate(item.sentAt))}
                  <br />
                  {h.cafeVotes(item.dots, item.voters, item.helpers)}
                </p>
                {item.importedAs ? (
                  <p>
                    <strong>{h.alreadyIn}</strong>
                    {' · '}
                    <Link to={`/coproduction/priorities/${item.importedAs}`} aria-describedby={textId}>
                      {h.openPriority}
                    </Link>
                  </p>
                ) : (
                  <Button
                    variant="secondary"
                    isPending={bringIn.isPending && bringIn.variables === item.id}
                    pendingLabel={h.bringing}
                    onPress={() => bringIn.mutate(item.id)}
                    aria-describedby={textId}
                  >
                    {h.bringIn}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** For coordinators: priorities their cafés sent on, to bring into "You said, we did". */
export function CafePriorities({
  organisations,
}: {
  organisations: readonly { id: string; name: string }[];
}) {
  const status = useFocusedStatus('cop-status');
  return (
    <section className="section" aria-labelledby="cafe-priorities-title">
      <h2 id="cafe-priorities-title">{h.cafeTitle}</h2>
      <p>{h.cafeLead}</p>
      {status.node}
      {organisations.map((organisation) => (
        <OrganisationCafePriorities
          key={organisation.id}
          organisation={organisation}
          showName={organisations.length > 1}
          onDone={status.show}
        />
      ))}
    </section>
  );
}
