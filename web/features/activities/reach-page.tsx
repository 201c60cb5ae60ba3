import { useQuery } from '@tanstack/react-query';
import { REACH_COLUMNS, type Count, type Reach, type ReachColumn } from '../../../contracts/activities.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { outreachEndpoints } from '../../../contracts/activities.endpoints.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { OrganisationPage, useOrganisationPage } from './shared.js';
import './activities.css';
import { TableScroll } from '../../components/table-scroll.js';

const s = activitiesStrings.reach;

/** A count in words: a number, or "fewer than 5" — never the hidden number. */
function countText(count: Count): string {
  return count.value === null ? s.fewer : count.value.toLocaleString('en-GB');
}

type Table = Reach['byArea'];

/** One small bar chart per column; each is scaled to its own largest visible count. */
function ReachBars({ table, title, column }: { table: Table; title: string; column: ReachColumn }) {
  const max = Math.max(1, ...table.rows.map((r) => r[column].value ?? 0));
  return (
    <div className="act-bars">
      <p>
        <strong>{s.barsTitle(s[column], title)}</strong>
      </p>
      {table.rows.every((row) => row[column].value === null) ? (
        <p>{s.allFewer}</p>
      ) : (
        table.rows.map((row) => (
          <div key={row.label ?? ''} className="act-bar">
            <span className="act-bar__label">
              {row.label ?? s.notGiven}
              {row.isTarget ? ` (${s.targetTag})` : ''}
            </span>
            {/* A hidden count draws no bar; "fewer than 5" is said once, where the number would be. */}
            <span className="act-bar__track">
              {row[column].value === null ? null : (
                <span className="act-bar__fill" style={{ width: `${(row[column].value / max) * 100}%` }} />
              )}
            </span>
            <span className="act-bar__value">{countText(row[column])}</span>
          </div>
        ))
      )}
    </div>
  );
}

function ReachTable({
  id,
  title,
  kind,
  table,
}: {
  id: string;
  title: string;
  kind: 'area' | 'community';
  table: Table;
}) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {table.rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <>
          {/* The charts repeat the table for sighted readers; screen readers get the table. */}
          <div aria-hidden="true">
            <p className="field__hint">{s.barsNote}</p>
            {REACH_COLUMNS.map((column) => (
              <ReachBars key={column} table={table} title={title} column={column} />
            ))}
          </div>
          <TableScroll labelledBy={id}>
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.label[kind]}</th>
                  <th scope="col">{s.target}</th>
                  {REACH_COLUMNS.map((column) => (
                    <th key={column} scope="col">
                      {s[column]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.label ?? ''}>
                    <th scope="row">{row.label ?? s.notGiven}</th>
                    <td>{row.isTarget ? s.targetYes : s.targetNo}</td>
                    {REACH_COLUMNS.map((column) => (
                      <td key={column}>{countText(row[column])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{s.total}</th>
                  <td />
                  {REACH_COLUMNS.map((column) => (
                    <td key={column}>{countText(table.total[column])}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

function ReachView({ organisationId }: { organisationId: string }) {
  const reach = useQuery({
    queryKey: keys.reach(organisationId),
    queryFn: () => callEndpoint(outreachEndpoints.reach, { params: { organisationId } }),
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  if (reach.isPending) return <Loading />;
  if (reach.isError) {
    if (isApiError(reach.error, 404)) return <p className="callout">{activitiesStrings.common.notAllowed}</p>;
    return <LoadError error={reach.error} onRetry={() => void reach.refetch()} />;
  }
  return (
    <>
      <ReachTable id="reach-area" title={s.byArea} kind="area" table={reach.data.byArea} />
      <ReachTable
        id="reach-community"
        title={s.byCommunity}
        kind="community"
        table={reach.data.byCommunity}
      />
      {reach.data.notes.length > 0 ? (
        <section className="section" aria-labelledby="reach-notes">
          <h2 id="reach-notes">{s.notesTitle}</h2>
          <ul>
            {reach.data.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** For coordinators: which areas and communities take part, against the outreach targets. */
export function ReachPage() {
  const page = useOrganisationPage(coordinatedOrganisations);
  return (
    <OrganisationPage page={page} title={s.title} lead={s.lead} pickerId="reach-organisation">
      {(current) => <ReachView key={current.id} organisationId={current.id} />}
    </OrganisationPage>
  );
}
