import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { OutboxMessage } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { fetchOutbox, outboxQueryKey } from '../../lib/dev-outbox.js';
import { formatDateTime } from '../../lib/format.js';
import { strings } from '../../lib/strings.js';

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

/** Turns the URLs in a plain-text email into links; links to this site stay inside the app. */
function linkify(text: string): ReactNode[] {
  return text.split(URL_PATTERN).map((part, index) => {
    if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
    const url = new URL(part);
    if (url.origin === window.location.origin) {
      return (
        <Link key={index} to={`${url.pathname}${url.search}${url.hash}`}>
          {part}
        </Link>
      );
    }
    return (
      <a key={index} href={part} rel="noreferrer">
        {part}
      </a>
    );
  });
}

function Message({ message }: { message: OutboxMessage }) {
  return (
    <li className="record message">
      <article aria-labelledby={`message-${message.id}`}>
        <h2 className="record__title" id={`message-${message.id}`}>
          {message.channel === 'text' ? strings.outbox.textMessage(message.to) : message.subject}
        </h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{strings.outbox.to}</dt>
            <dd>{message.to}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{strings.outbox.created}</dt>
            <dd>{formatDateTime(message.createdAt)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{strings.outbox.sent}</dt>
            <dd>
              {message.heldForDailyNews
                ? strings.outbox.heldForDailyNews
                : message.sentAt
                  ? formatDateTime(message.sentAt)
                  : strings.outbox.notSent}
            </dd>
          </div>
        </dl>
        <div className="message__body">{linkify(message.text)}</div>
      </article>
    </li>
  );
}

export function OutboxPage() {
  const query = useQuery({ queryKey: outboxQueryKey, queryFn: fetchOutbox, retry: false, staleTime: 0 });
  const messages = [...(query.data?.messages ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <PageHeading>{strings.outbox.title}</PageHeading>
      <p className="lead">{strings.outbox.lead}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        isApiError(query.error, 404) ? (
          <p>{strings.outbox.unavailable}</p>
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : null}
      {query.isSuccess ? (
        <>
          <p>
            <Button variant="secondary" isPending={query.isFetching} onPress={() => void query.refetch()}>
              {strings.outbox.refresh}
            </Button>
          </p>
          {messages.length === 0 ? (
            <p>{strings.outbox.none}</p>
          ) : (
            <ul className="plain-list record-list">
              {messages.map((message) => (
                <Message key={message.id} message={message} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
