import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parkedMessageEndpoints } from '../../../contracts/people.endpoints.js';
import type { ParkedMessage } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { adminStrings } from '../../lib/strings/admin.js';
import { TableScroll } from '../../components/table-scroll.js';

const queryKey = ['admin', 'parked-messages'] as const;
const words = adminStrings.parked;

const kindOf = (message: ParkedMessage) => (message.channel === 'email' ? words.email : words.text);

/** Emails and text messages the outbox gave up on, for a partnership admin to send again. */
export function ParkedMessagesPage() {
  const queryClient = useQueryClient();
  const status = useFocusedStatus('admin-status');
  const query = useQuery({ queryKey, queryFn: () => callEndpoint(parkedMessageEndpoints.list, {}) });
  const done = () => void queryClient.invalidateQueries({ queryKey });
  const onError = (error: unknown) => status.show(words.failed(errorText(error)));

  const retryOne = useMutation({
    mutationFn: (message: ParkedMessage) =>
      callEndpoint(parkedMessageEndpoints.retry, { params: { messageId: message.id } }),
    onSuccess: (_data, message) => {
      status.show(words.sentAgain(message.recipient));
      done();
    },
    onError,
  });
  const retryAll = useMutation({
    mutationFn: () => callEndpoint(parkedMessageEndpoints.retryAll, {}),
    onSuccess: (data) => {
      status.show(words.sentAllAgain(data.requeued));
      done();
    },
    onError,
  });
  return (
    <>
      <PageHeading>{words.title}</PageHeading>
      <p className="lead">{words.lead}</p>
      <p>{words.privacy}</p>
      {status.node}
      <QueryResult query={query} isEmpty={(data) => data.messages.length === 0} empty={<p>{words.none}</p>}>
        {(data) => (
          <>
            <p>
              <Button
                isPending={retryAll.isPending}
                pendingLabel={words.sending}
                onPress={() => retryAll.mutate()}
              >
                {words.sendAll}
              </Button>
            </p>
            <TableScroll label={words.region}>
              <table className="table">
                <caption className="visually-hidden">{words.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{words.kind}</th>
                    <th scope="col">{words.recipient}</th>
                    <th scope="col">{words.queued}</th>
                    <th scope="col">{words.attempts}</th>
                    <th scope="col">{words.reason}</th>
                    <th scope="col">{words.action}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.messages.map((message) => (
                    <tr key={message.id}>
                      <td>{kindOf(message)}</td>
                      <td className="nowrap">{message.recipient}</td>
                      <td className="nowrap">{formatDateTime(message.queuedAt)}</td>
                      <td>{message.attempts}</td>
                      <td className="table__details">{message.lastError ?? words.noReason}</td>
                      <td>
                        <Button
                          variant="secondary"
                          isPending={retryOne.isPending && retryOne.variables.id === message.id}
                          pendingLabel={words.sending}
                          aria-label={words.sendAgainLabel(kindOf(message), message.recipient)}
                          onPress={() => retryOne.mutate(message)}
                        >
                          {words.sendAgain}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </QueryResult>
    </>
  );
}
