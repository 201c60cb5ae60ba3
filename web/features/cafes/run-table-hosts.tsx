import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../contracts/cafes.js';
import { cafeTableHostEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { strings } from '../../lib/strings.js';

const r = cafesStrings.run;

function linksKey(cafeId: string) {
  return ['cafes', cafeId, 'table-host-links'] as const;
}

/**
 * Each table's host link, for the facilitator to hand out, with a way to make a new one when a link
 * went to the wrong person (the old one stops working at once). Gone once the café closes, as the
 * links themselves are.
 */
export function TableHostLinks({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const t = useT();
  const client = useQueryClient();
  const cafeId = board.cafe.id;
  const links = useQuery({
    queryKey: linksKey(cafeId),
    queryFn: () => callEndpoint(cafeTableHostEndpoints.listLinks, { params: { cafeId } }),
  });
  const replace = useMutation({
    mutationFn: (tableNumber: number) =>
      callEndpoint(cafeTableHostEndpoints.replaceLink, {
        params: { cafeId, tableNumber: String(tableNumber) },
      }),
    onSuccess: (next, tableNumber) => {
      client.setQueryData(linksKey(cafeId), next);
      onDone(r.hostsReplaced(tableNumber));
    },
    onError: (error) => onDone(errorText(error)),
  });
  if (board.cafe.status === 'closed') return null;
  return (
    <section className="section" aria-labelledby="table-hosts-title">
      <h2 id="table-hosts-title">{r.hostsTitle}</h2>
      <p>{r.hostsLead}</p>
      {links.isError ? (
        <LoadError error={links.error} onRetry={() => void links.refetch()} />
      ) : (
        <ul className="plain-list cafe-host-links">
          {(links.data?.links ?? []).map((link) => (
            <li key={link.tableNumber}>
              <strong>{r.hostsTable(link.tableNumber)}:</strong>{' '}
              <a href={link.url} target="_blank" rel="noreferrer">
                {link.url}
                <span className="visually-hidden"> {t('cafeBoard.opensInNewTab')}</span>
              </a>{' '}
              <span>{r.hostsCode(link.code)}</span>{' '}
              <Button
                variant="secondary"
                isPending={replace.isPending && replace.variables === link.tableNumber}
                pendingLabel={strings.common.saving}
                aria-label={r.hostsReplaceLabel(link.tableNumber)}
                onPress={() => replace.mutate(link.tableNumber)}
              >
                {r.hostsReplace}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
