import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { queryString } from '../../../contracts/endpoint.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { isApiError } from '../../lib/api.js';
import { currentFinancialYear } from '../../lib/dates.js';
import { formatDay } from '../../lib/format.js';
import { useMembers } from '../../lib/queries.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { PaymentWarning } from './entry-fields.js';
import { EntryForm } from './entry-form.js';
import { EntryRow } from './entry-row.js';
import { api, keys } from './involvement-api.js';
import { LogTotals } from './log-totals.js';
import { MemberTraining } from './member-training.js';
import { RangeForm } from './range-form.js';
import './involvement.css';
import { TableScroll } from '../../components/table-scroll.js';

const l = involvementStrings.log;
const c = involvementStrings.common;

/** For coordinators: the organisation's involvement log for a date range, new entries and training. */
export function OrganisationLogPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const allowed = coordinatedOrganisations(me.data).some((o) => o.id === organisationId);
  const [range, setRange] = useState(currentFinancialYear);
  const status = useFocusedStatus('inv-status');
  const [announcement, setAnnouncement] = useState('');
  const members = useMembers(organisationId, { enabled: allowed });
  const log = useQuery({
    queryKey: keys.log(organisationId, range.from, range.to),
    queryFn: () => api.fetchLog(organisationId, range.from, range.to),
    enabled: allowed,
  });

  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;
  if (members.isPending) return <Loading />;
  if (members.isError) {
    if (isApiError(members.error, 404) || isApiError(members.error, 403)) return <NotFound />;
    return (
      <>
        <PageHeading>{l.title}</PageHeading>
        <LoadError error={members.error} onRetry={() => void members.refetch()} />
      </>
    );
  }
  const organisationName = members.data.organisation.name;
  // A person can hold more than one role in an organisation; list each person once.
  const people = [...new Map(members.data.members.map((m) => [m.personId, m])).values()];

  return (
    <>
      <PageHeading caption={l.caption(organisationName)} title={`${l.title}: ${organisationName}`}>
        {l.title}
      </PageHeading>
      <p className="lead">{l.lead}</p>
      <RangeForm key={`${range.from}-${range.to}`} range={range} onChange={setRange} />
      <p>{l.showing(formatDay(range.from), formatDay(range.to))}</p>
      <p>
        {/* A plain route: the answer is a CSV file. */}
        <a
          href={`/api/organisations/${organisationId}/involvement.csv${queryString(range)}`}
          download
          className="inv-download"
          aria-describedby="csv-hint"
        >
          {l.download}
        </a>
      </p>
      <p className="secondary-text" id="csv-hint">
        {l.downloadHint}
      </p>
      {status.node}
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <LogTotals entries={log.data.entries} />
          <section className="section" aria-labelledby="entries-title">
            <h2 id="entries-title">{l.entriesTitle}</h2>
            <PaymentWarning text={log.data.paymentWarning} />
            <StatusMessage>{announcement || null}</StatusMessage>
            {log.data.entries.length === 0 ? (
              <p>{l.none}</p>
            ) : (
              <TableScroll labelledBy="entries-title">
                <table className="table">
                  <caption className="visually-hidden">{l.tableCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{c.date}</th>
                      <th scope="col">{l.person}</th>
                      <th scope="col">{c.role}</th>
                      <th scope="col">{l.activity}</th>
                      <th scope="col">{c.hoursHeading}</th>
                      <th scope="col">{l.expenses}</th>
                      <th scope="col">{l.payment}</th>
                      <th scope="col">{l.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.data.entries.map((entry) => (
                      <EntryRow
                        key={entry.id}
                        entry={entry}
                        range={range}
                        onRemoved={status.show}
                        onFailed={status.show}
                        onSaved={setAnnouncement}
                      />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        </>
      )}
      <EntryForm organisationId={organisationId} members={people} onSaved={status.show} />
      <MemberTraining members={people} />
    </>
  );
}
