import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { safeguardingEndpoints } from '../../../contracts/stories.endpoints.js';
import type { SafeguardingAlert } from '../../../contracts/stories.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { safeguardingStrings } from '../../lib/strings/safeguarding.js';
import { AlertStatusTag, EvidenceList } from './alert-parts.js';
import { alertsKey } from './safeguarding-api.js';
import './safeguarding.css';

const s = safeguardingStrings;

function AlertItem({ alert }: { alert: SafeguardingAlert }) {
  return (
    <li className="record">
      <h2 className="record__title">
        <AlertStatusTag status={alert.status} /> {s.alerts.raised(formatDateTime(alert.createdAt))}
      </h2>
      <p className="secondary-text">
        {s.alerts.fromOrganisation(alert.organisationName)}. {s.alerts.sources[alert.source]}.
      </p>
      {alert.escalatedAt && alert.status !== 'closed' ? (
        <p className="safeguarding-escalated">
          <strong>{s.alerts.escalated(formatDateTime(alert.escalatedAt))}</strong>
        </p>
      ) : null}
      <EvidenceList evidence={alert.evidence} />
      <p>
        <Link to={`/safeguarding/${alert.id}`}>
          {s.alerts.open}
          <span className="visually-hidden"> ({s.alerts.raised(formatDateTime(alert.createdAt))})</span>
        </Link>
      </p>
    </li>
  );
}

/**
 * Every alert the reader may work: their organisation's, and any escalated to them. The list is
 * for finding a case; the work happens on the case page.
 */
export function AlertsPage() {
  const alerts = useQuery({
    queryKey: alertsKey,
    queryFn: () => callEndpoint(safeguardingEndpoints.alerts, {}),
    retry: false,
  });
  if (alerts.isError && isApiError(alerts.error, 404)) return <NotFound />;
  return (
    <>
      <PageHeading>{s.alerts.title}</PageHeading>
      <p className="lead">{s.alerts.lead}</p>
      <QueryResult query={alerts} isEmpty={(data) => data.alerts.length === 0} empty={<p>{s.alerts.none}</p>}>
        {(data) => (
          <ul className="plain-list record-list">
            {data.alerts.map((alert) => (
              <AlertItem key={alert.id} alert={alert} />
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
