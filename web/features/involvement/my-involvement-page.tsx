import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { formatDate } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { api, formatNumber, keys } from './involvement-api.js';
import { mayBeInvolved } from './access.js';
import { TrainingForm } from './training-form.js';
import { TrainingList } from './training-list.js';
import './involvement.css';
import { TableScroll } from '../../components/table-scroll.js';

const s = involvementStrings.mine;
const c = involvementStrings.common;

/** "My involvement": roles, hours by role, training, and a record to download. */
export function MyInvolvementPage() {
  const me = useMe();
  const client = useQueryClient();
  const allowed = mayBeInvolved(me.data);
  const status = useFocusedStatus('inv-status');
  const mine = useQuery({ queryKey: keys.mine, queryFn: api.fetchMine, enabled: allowed });

  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;

  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <LoadError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <>
          <section className="section" aria-labelledby="download-title">
            <h2 id="download-title">{s.downloadTitle}</h2>
            <p>{s.downloadHint}</p>
            <p>
              <a href="/api/me/involvement.pdf" download className="inv-download">
                {s.download}
              </a>
            </p>
          </section>

          <section className="section" aria-labelledby="roles-title">
            <h2 id="roles-title">{s.rolesTitle}</h2>
            {mine.data.roles.length === 0 ? (
              <p>{s.noRoles}</p>
            ) : (
              <ul>
                {mine.data.roles.map((role) => (
                  <li key={`${role.organisationName}-${role.role}`}>
                    {s.roleIn(involvementStrings.roles[role.role], role.organisationName)}{' '}
                    <span className="secondary-text">{s.since(formatDate(role.since))}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="section" aria-labelledby="hours-title">
            <h2 id="hours-title">{s.hoursTitle}</h2>
            {mine.data.hours.total === 0 ? (
              <p>{s.noHours}</p>
            ) : (
              <>
                <p className="inv-summary">{s.totalHours(c.hours(mine.data.hours.total))}</p>
                <TableScroll label={s.byRoleCaption} className="inv-table-narrow">
                  <table className="table">
                    <caption className="visually-hidden">{s.byRoleCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{c.role}</th>
                        <th scope="col">{c.hoursHeading}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {mine.data.hours.byRole.map((row) => (
                        <tr key={row.role}>
                          <th scope="row">{row.label}</th>
                          <td>{formatNumber(row.hours)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            )}
          </section>

          <section className="section" aria-labelledby="training-title">
            <h2 id="training-title">{involvementStrings.training.title}</h2>
            <TrainingList
              training={mine.data.training}
              manage={{ queryKey: keys.mine, onRemoved: status.show }}
            />
          </section>

          {status.node}
          <TrainingForm
            formId="my-training"
            heading={involvementStrings.training.newTitleMine}
            onSaved={(record) => {
              void client.invalidateQueries({ queryKey: keys.mine });
              status.show(involvementStrings.training.saved(record.title));
            }}
          />

          <p>
            <Link to="/involvement/opportunities">{s.opportunities}</Link>
          </p>
        </>
      )}
    </>
  );
}
