import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { ConsentWordingText } from '../../components/consent-wording-text.js';
import { useRegionT } from '../../lib/i18n/pages.js';
import { ProposalSummary, useConsentDate } from './proposal-summary.js';
import './consent.css';

/**
 * A consent record to print and give the storyteller: their words, their choices, and the reference
 * to read back, in the language on screen (the switch prints it in the storyteller's). Their story
 * and the organisation's wording keep the words they were written in.
 */
export function ConsentRecordPage() {
  const t = useRegionT();
  const date = useConsentDate();
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
        <Link to={`/stories/${storyId}/consent`}>{t('consent.record.back')}</Link>
      </p>
      <PageHeading>{t('consent.record.title')}</PageHeading>
      {record.isPending ? <Loading /> : null}
      {record.isError ? <LoadError error={record.error} onRetry={() => void record.refetch()} /> : null}
      {data ? (
        <div className="consent-record">
          <p className="no-print">
            <Button onPress={() => window.print()}>{t('consent.record.print')}</Button>
          </p>
          <dl className="consent-record__facts">
            <dt>{t('consent.record.organisation')}</dt>
            <dd>{data.organisationName}</dd>
            <dt>{t('consent.record.storyteller')}</dt>
            <dd>{data.storytellerName}</dd>
            <dt>{t('consent.record.recordedBy')}</dt>
            <dd>{data.collectorName}</dd>
            <dt>{t('consent.record.reference')}</dt>
            <dd className="consent-record__reference">{data.reference}</dd>
          </dl>
          <p>
            {t('consent.record.referenceHint', {
              collector: data.collectorName.split(/\s+/)[0] ?? data.collectorName,
            })}
          </p>
          <p className="secondary-text">{t('consent.record.validUntil', { date: date(data.expiresAt) })}</p>
          <h2>{t('consent.record.agreed')}</h2>
          <ProposalSummary proposal={data.proposal} />
          <h2>{t('consent.record.wording')}</h2>
          <ConsentWordingText cairns={data.cairnsWording} text={data.wording} />
          <h2>{t('consent.record.text')}</h2>
          {data.title ? <h3 dir="auto">{data.title}</h3> : null}
          <div className="consent-story-text" dir="auto">
            {data.text}
          </div>
          <p className="consent-record__sign">
            {t('consent.record.signature')}: ______________________ {t('consent.record.date')}: ____________
          </p>
        </div>
      ) : null}
    </>
  );
}
