import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { newsEndpoints } from '../../../contracts/people.endpoints.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isMissing } from '../../lib/api.js';
import { newsStrings } from '../../lib/strings/news.js';

const s = newsStrings.unsubscribe;
const offers = newsStrings.placeOffers;

/**
 * Public, from the link in every news message: one click stops all news to that address, with no
 * sign-in, and says what still comes. The same link starts news again. The link in a message sent
 * at once ("A place has come up") opens here too, and stops that one thing instead.
 */
export function NewsUnsubscribePage({ whenUnknown }: { whenUnknown: ReactNode }) {
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const key = ['news-preference', token];
  const status = useFocusedStatus('news-status');
  const preference = useQuery({
    queryKey: key,
    queryFn: () => callEndpoint(newsEndpoints.preference, { params: { token } }),
    retry: false,
  });
  const change = useMutation({
    mutationFn: (receivingNews: boolean) =>
      callEndpoint(receivingNews ? newsEndpoints.start : newsEndpoints.stop, { params: { token } }),
    onSuccess: (updated) => {
      queryClient.setQueryData(key, updated);
      status.show(updated.stops ? offers.stopped : updated.receivingNews ? s.restarted : s.stopped);
    },
  });
  // Not a news link: perhaps an older kind of link, which the page composing this one knows.
  if (isMissing(preference.error)) return <>{whenUnknown}</>;
  const data = preference.data;
  const stops = data?.stops;
  return (
    <div className="narrow">
      <PageHeading>{stops ? offers.title : s.title}</PageHeading>
      {preference.isPending ? <Loading /> : null}
      {preference.isError ? (
        <LoadError error={preference.error} onRetry={() => void preference.refetch()} />
      ) : null}
      {status.node}
      {change.isError ? <LoadError error={change.error} /> : null}
      {stops && data ? (
        <PlaceOffers
          activity={stops.what}
          onList={data.receivingNews}
          isPending={change.isPending}
          onStop={() => change.mutate(false)}
        />
      ) : null}
      {!stops && data?.receivingNews ? (
        <>
          <p className="lead">{s.lead(data.channel === 'text')}</p>
          <h2>{s.whatStopsTitle}</h2>
          <ul>
            {s.whatStops.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <h2>{s.stillComesTitle}</h2>
          <p>{s.stillComes}</p>
          <Button isPending={change.isPending} pendingLabel={s.stopping} onPress={() => change.mutate(false)}>
            {s.button}
          </Button>
        </>
      ) : null}
      {!stops && data && !data.receivingNews ? (
        <>
          <section className="callout callout--success" aria-labelledby="news-stopped">
            <h2 id="news-stopped" className="callout__title">
              {s.doneTitle}
            </h2>
            <p>{s.doneBody}</p>
          </section>
          <h2>{s.undoTitle}</h2>
          <p>{s.undoBody}</p>
          <Button
            variant="secondary"
            isPending={change.isPending}
            pendingLabel={s.starting}
            onPress={() => change.mutate(true)}
          >
            {s.undoButton}
          </Button>
        </>
      ) : null}
    </div>
  );
}

/** "Stop offering me places from this waiting list", and once done, how to wait for a place again. */
function PlaceOffers(props: { activity: string; onList: boolean; isPending: boolean; onStop: () => void }) {
  if (!props.onList) {
    return (
      <>
        <section className="callout callout--success" aria-labelledby="offers-stopped">
          <h2 id="offers-stopped" className="callout__title">
            {offers.doneTitle}
          </h2>
          <p>{offers.doneBody(props.activity)}</p>
        </section>
        <h2>{offers.againTitle}</h2>
        <p>{offers.againBody}</p>
      </>
    );
  }
  return (
    <>
      <p className="lead">{offers.lead(props.activity)}</p>
      <h2>{offers.whatHappensTitle}</h2>
      <ul>
        {offers.whatHappens(props.activity).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Button isPending={props.isPending} pendingLabel={offers.stopping} onPress={props.onStop}>
        {offers.button}
      </Button>
    </>
  );
}
