import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { consentStrings } from '../../lib/strings/consent.js';
import { ProposalSummary } from './proposal-summary.js';
import './consent.css';

const s = consentStrings.record;

/** A consent record to print and give the storyteller: their words, their choices, and the reference to read back. */
export function ConsentRecordPage() {
  const { storyId = '', confirmationId = '' } = useParams();
  const record = useQuery({
    queryKey: ['consent-record', storyId, confirmationId],
    queryFn: () => callEndpoint(consentEndpoints.printableRecord, { params: { storyId, confirmationId } }),
    retry: false,
  });
  if (record.isError && isApiError(record.error, 404)) return <NotFound />;
  const data = record.data;
  return (
    <>
      <p className="no-print">
        <Link to={`/stories/${storyId}/consent`}>{s.back}</Link>
      </p>
      <PageHeading>{s.title}</PageHeading>
      {record.isPending ? <Loading /> : null}
      {record.isError ? <LoadError error={record.error} onRetry={() => void record.refetch()} /> : null}
      {data ? (
        <div className="consent-record">
          <p className="no-print">
            <Button onPress={() => window.print()}>{s.print}</Button>
          </p>
          <dl className="consent-record__facts">
            <dt>{s.organisation}</dt>
            <dd>{data.organisationName}</dd>
            <dt>{s.storyteller}</dt>
            <dd>{data.storytellerName}</dd>
            <dt>{s.recordedBy}</dt>
            <dd>{data.collectorName}</dd>
            <dt>{s.reference}</dt>
            <dd className="consent-record__reference">{data.reference}</dd>
          </dl>
          <p>{s.referenceHint(data.collectorName.split(/\s+/)[0] ?? data.collectorName)}</p>
          <p className="secondary-text">{s.validUntil(formatDate(data.expiresAt))}</p>
          <h2>{s.agreed}</h2>
          <ProposalSummary proposal={data.proposal} />
          <h2>{s.wording}</h2>
          <p>{data.wording}</p>
          <h2>{s.text}</h2>
          {data.title ? <h3>{data.title}</h3> : null}
          <div className="consent-story-text">{data.text}</div>
          <p className="consent-record__sign">
            {s.signature}: ______________________ {s.date}: ____________
          </p>
        </div>
      ) : null}
    </>
  );
}
