import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { callEndpoint } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { keys } from './coproduction-api.js';

const p = coproductionStrings.priority;

/**
 * For the coordinators of a café priority: who ticked "I'd help with this" and left a way to reach
 * them. Opened on request, because every reading of the contacts is recorded.
 */
export function PriorityHelpers({ priorityId }: { priorityId: string }) {
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: keys.helpers(priorityId),
    queryFn: () => callEndpoint(priorityEndpoints.helpers, { params: { priorityId } }),
    enabled: open,
  });
  return (
    <section className="section" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{p.helpersTitle}</h2>
      <p>{p.helpersLead}</p>
      {!open ? (
        <>
          <p className="field__hint" id="helpers-hint">
            {p.helpersShowHint}
          </p>
          <Button variant="secondary" onPress={() => setOpen(true)} aria-describedby="helpers-hint">
            {p.helpersShow}
          </Button>
        </>
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          {list.data.helpers.length === 0 ? (
            <p>{p.helpersNone}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="helpers-caption" tabIndex={0}>
              <table>
                <caption id="helpers-caption">{p.helpersCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{p.helpersName}</th>
                    <th scope="col">{p.helpersContact}</th>
                    <th scope="col">{p.helpersTable}</th>
                    <th scope="col">{p.helpersOffered}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.helpers.map((helper) => (
                    <tr key={`${helper.contact}-${helper.offeredAt}`}>
                      <th scope="row">{helper.name || p.helpersNoName}</th>
                      <td dir="ltr">{helper.contact}</td>
                      <td>{helper.tableNumber}</td>
                      <td>{formatDateTime(helper.offeredAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.data.withoutContact > 0 ? <p>{p.helpersWithoutContact(list.data.withoutContact)}</p> : null}
        </>
      )}
    </section>
  );
}
