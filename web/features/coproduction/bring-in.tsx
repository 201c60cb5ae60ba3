import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Priority } from '../../../contracts/coproduction.js';
import { priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';

const h = coproductionStrings.hub;

/** Something another part of Cairn sent on, which a coordinator may bring in as a priority. */
type Candidate = { id: string; text: string; importedAs: string | null; details: ReactNode };

/** Where candidates come from: a café's agreed priorities, or analysis key messages. */
type Source = {
  id: string;
  title: string;
  lead: string;
  none: string;
  queryKey: (organisationId: string) => readonly unknown[];
  fetch: (organisationId: string) => Promise<Candidate[]>;
  /** Brings one in; asking again answers the priority it already became. */
  bringIn: (organisationId: string, candidateId: string) => Promise<Priority>;
};

function OrganisationCandidates({
  source,
  organisation,
  showName,
  onDone,
}: {
  source: Source;
  organisation: { id: string; name: string };
  showName: boolean;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: source.queryKey(organisation.id),
    queryFn: () => source.fetch(organisation.id),
  });
  const bringIn = useMutation({
    mutationFn: (candidateId: string) => source.bringIn(organisation.id, candidateId),
    onSuccess: (priority) => {
      void client.invalidateQueries({ queryKey: source.queryKey(organisation.id) });
      void client.invalidateQueries({ queryKey: keys.priorities });
      client.setQueryData(keys.priority(priority.id), priority);
      onDone(h.broughtIn(priority.title));
    },
    onError: (error) => onDone(errorText(error)),
  });

  return (
    <div className="cop-block">
      {showName ? <h3>{organisation.name}</h3> : null}
      <QueryResult query={list} isEmpty={(data) => data.length === 0} empty={<p>{source.none}</p>}>
        {(data) => (
          <ul className="record-list plain-list">
            {data.map((item) => {
              const textId = `${source.id}-${item.id}`;
              return (
                <li key={item.id} className="record">
                  <p id={textId} className="record__title">
                    {item.text}
                  </p>
                  <p className="secondary-text">{item.details}</p>
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
      </QueryResult>
    </div>
  );
}

function BringIn({
  source,
  organisations,
}: {
  source: Source;
  organisations: readonly { id: string; name: string }[];
}) {
  const status = useFocusedStatus(`${source.id}-status`);
  return (
    <section className="section" aria-labelledby={`${source.id}-title`}>
      <h2 id={`${source.id}-title`}>{source.title}</h2>
      <p>{source.lead}</p>
      {status.node}
      {organisations.map((organisation) => (
        <OrganisationCandidates
          key={organisation.id}
          source={source}
          organisation={organisation}
          showName={organisations.length > 1}
          onDone={status.show}
        />
      ))}
    </section>
  );
}

const cafeSource: Source = {
  id: 'cafe-priorities',
  title: h.cafeTitle,
  lead: h.cafeLead,
  none: h.cafeNone,
  queryKey: keys.cafePriorities,
  fetch: async (organisationId) =>
    (await api.fetchCafePriorities(organisationId)).cafePriorities.map((item) => ({
      id: item.id,
      text: item.text,
      importedAs: item.importedAs,
      details: (
        <>
          {h.cafeFrom(item.cafeTitle, formatDate(item.sentAt))}
          <br />
          {h.cafeVotes(item.dots, item.voters, item.helpers)}
          {item.sources ? (
            <>
              <br />
              {item.sources}
            </>
          ) : null}
        </>
      ),
    })),
  bringIn: (organisationId, cafePriorityId) =>
    callEndpoint(priorityEndpoints.importCafePriority, { params: { organisationId, cafePriorityId } }),
};

const keyMessageSource: Source = {
  id: 'key-messages',
  title: h.keyMessagesTitle,
  lead: h.keyMessagesLead,
  none: h.keyMessagesNone,
  queryKey: keys.keyMessages,
  fetch: async (organisationId) =>
    (await api.fetchKeyMessages(organisationId)).keyMessages.map((item) => ({
      id: item.id,
      text: item.text,
      importedAs: item.importedAs,
      details: h.keyMessageFrom(
        item.projectTitle,
        analysisResultsStrings.audiencesInline[item.audience],
        item.stories,
        formatDate(item.createdAt),
      ),
    })),
  bringIn: (organisationId, keyMessageId) =>
    callEndpoint(priorityEndpoints.importKeyMessage, { params: { organisationId, keyMessageId } }),
};

/** For coordinators: priorities their cafés sent on, to bring into "You said, we did". */
export function CafePriorities({
  organisations,
}: {
  organisations: readonly { id: string; name: string }[];
}) {
  return <BringIn source={cafeSource} organisations={organisations} />;
}

/** For coordinators: key messages from their organisation's analysis, to bring in the same way. */
export function KeyMessages({ organisations }: { organisations: readonly { id: string; name: string }[] }) {
  return <BringIn source={keyMessageSource} organisations={organisations} />;
}
