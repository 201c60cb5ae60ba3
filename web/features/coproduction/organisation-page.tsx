import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Seat } from '../../../contracts/coproduction.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { isMissing, retryUnlessMissing } from '../../lib/api.js';
import { formatDay } from '../../lib/format.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';
import { EditSeat, NewSeatForm, SeatInterest } from './seat-forms.js';
import './coproduction.css';
import { TableScroll } from '../../components/table-scroll.js';

const o = coproductionStrings.organisation;

function term(seat: Seat): string {
  if (!seat.termStart && !seat.termEnd) return o.termNone;
  return [seat.termStart, seat.termEnd].map((d) => (d ? formatDay(d) : '…')).join(' to ');
}

function SeatsTable({ seats, coordinating }: { seats: readonly Seat[]; coordinating: boolean }) {
  const showHolder = seats.some((s) => s.holder !== null);
  return (
    <TableScroll label={o.seatsCaption}>
      <table className="table">
        <caption className="visually-hidden">{o.seatsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{o.body}</th>
            <th scope="col">{o.kind}</th>
            <th scope="col">{o.term}</th>
            <th scope="col">{coproductionStrings.common.status}</th>
            {showHolder ? <th scope="col">{o.holder}</th> : null}
            {coordinating ? <th scope="col">{coproductionStrings.manage.interestColumn}</th> : null}
          </tr>
        </thead>
        <tbody>
          {seats.map((seat) => (
            <tr key={seat.id}>
              <th scope="row">{seat.bodyName}</th>
              <td>{coproductionStrings.seatKinds[seat.kind]}</td>
              <td>{term(seat)}</td>
              <td>{seat.vacant ? <strong>{o.vacant}</strong> : o.filled}</td>
              {showHolder ? <td>{seat.holder?.displayName ?? ''}</td> : null}
              {coordinating ? (
                <td>
                  <EditSeat seat={seat} />
                  {seat.vacant ? <SeatInterest seatId={seat.id} bodyName={seat.bodyName} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Where power is shared in one organisation: its seats and groups, summed up in a sentence. */
export function OrganisationPage() {
  const { organisationId = '' } = useParams();
  const retry = retryUnlessMissing;
  const sharing = useQuery({
    queryKey: keys.powerSharing(organisationId),
    queryFn: () => api.fetchPowerSharing(organisationId),
    retry,
  });
  const seats = useQuery({
    queryKey: keys.seats(organisationId),
    queryFn: () => api.fetchSeats(organisationId),
    retry,
  });
  const groups = useQuery({ queryKey: keys.groups, queryFn: api.fetchGroups });
  const me = useMe();

  if (sharing.isPending) return <Loading />;
  if (sharing.isError) {
    if (isMissing(sharing.error)) return <NotFound />;
    return <LoadError error={sharing.error} onRetry={() => void sharing.refetch()} />;
  }
  const data = sharing.data;
  const coordinating = coordinatedOrganisations(me.data).some((org) => org.id === organisationId);
  const readable = new Set((groups.data?.groups ?? []).map((g) => g.id));

  return (
    <>
      <PageHeading>{`${o.titlePrefix}${data.organisationName}`}</PageHeading>
      <p>
        <Link to="/coproduction">{coproductionStrings.common.backToHub}</Link>
      </p>
      <p className="lead">{data.summary}</p>

      <section className="section" aria-labelledby="seats-title">
        <h2 id="seats-title">{o.seatsTitle}</h2>
        <QueryResult query={seats} isEmpty={(data) => data.seats.length === 0} empty={<p>{o.seatsNone}</p>}>
          {(data) => <SeatsTable seats={data.seats} coordinating={coordinating} />}
        </QueryResult>
        {data.seats.total > 0 ? (
          <>
            <h3>{o.byKindTitle}</h3>
            <TableScroll label={o.byKindCaption}>
              <table className="table">
                <caption className="visually-hidden">{o.byKindCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{o.kind}</th>
                    <th scope="col">{o.filled}</th>
                    <th scope="col">{o.vacant}</th>
                    <th scope="col">{o.attendance}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.seats.byKind
                    .filter((k) => k.filled + k.vacant > 0)
                    .map((k) => (
                      <tr key={k.kind}>
                        <th scope="row">{coproductionStrings.seatKinds[k.kind]}</th>
                        <td>{k.filled.toLocaleString('en-GB')}</td>
                        <td>{k.vacant.toLocaleString('en-GB')}</td>
                        <td>{k.attendance.toLocaleString('en-GB')}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        ) : null}
      </section>
      {coordinating ? <NewSeatForm organisationId={organisationId} /> : null}

      <section className="section" aria-labelledby="groups-title">
        <h2 id="groups-title">{o.groupsTitle}</h2>
        {data.groups.length === 0 ? (
          <p>{o.groupsNone}</p>
        ) : (
          <ul className="plain-list record-list">
            {data.groups.map((group) => (
              <li key={group.id} className="record">
                <h3 className="record__title">
                  {readable.has(group.id) ? (
                    <Link to={`/coproduction/groups/${group.id}`}>{group.name}</Link>
                  ) : (
                    group.name
                  )}
                </h3>
                <p className="secondary-text">{coproductionStrings.groups.rhythm(group.rhythm)}</p>
                <p>
                  {o.groupStats(
                    group.members,
                    group.meetingsLastYear,
                    group.decisions,
                    group.actionsOpen,
                    group.actionsDone,
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
