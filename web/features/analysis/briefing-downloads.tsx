import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { AUDIENCES, type BriefingOptions } from '../../../contracts/analysis.js';
import { LoadError } from '../../components/load-error.js';
import { SelectField } from '../../components/select-field.js';
import { analysisConsentStrings } from '../../lib/strings/analysis-consent.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import {
  briefingDownloadsKey,
  briefingOptionsKey,
  briefingUrl,
  exportUrl,
  fetchBriefingOptions,
} from './analysis-api.js';

const b = analysisConsentStrings.briefings;
const m = analysisResultsStrings.messages;
const GENERAL = '';

type PartnerOption = BriefingOptions['partners'][number];
/** One choice in the list: a partner and purpose together, as the storytellers' consent pairs them. */
const choiceOf = (option: PartnerOption) => `${option.organisationId}|${option.purpose}`;

/**
 * Briefings for each audience, general or made for one partner organisation and purpose, and the
 * project's data. Partner briefings are for decision makers and practitioners only.
 */
export function BriefingDownloads({ projectId }: { projectId: string }) {
  const client = useQueryClient();
  const [choice, setChoice] = useState(GENERAL);
  const options = useQuery({
    queryKey: briefingOptionsKey(projectId),
    queryFn: () => fetchBriefingOptions(projectId),
  });
  const partners = options.data?.partners ?? [];
  const partner = partners.find((p) => choiceOf(p) === choice);
  const audiences = partner ? AUDIENCES.filter((a) => a !== 'public') : AUDIENCES;
  // A download adds to the log on the project page: read it afresh next time.
  const logged = () => void client.invalidateQueries({ queryKey: briefingDownloadsKey(projectId) });
  return (
    <section className="section" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{b.title}</h2>
      <p>{b.lead}</p>
      <p className="analysis-note">{b.rule}</p>
      {options.isError ? <LoadError error={options.error} onRetry={() => void options.refetch()} /> : null}
      {partners.length > 0 ? (
        <SelectField
          id="briefing-recipient"
          name="recipient"
          label={b.recipient}
          hint={b.recipientHint}
          value={partner ? choice : GENERAL}
          onChange={setChoice}
          options={[
            { value: GENERAL, label: b.general },
            ...partners.map((p) => ({
              value: choiceOf(p),
              label: b.partnerOption(p.name, p.purpose, p.quotes),
            })),
          ]}
        />
      ) : options.isSuccess ? (
        <p className="secondary-text">{b.noPartners}</p>
      ) : null}
      {partner ? <p className="analysis-note">{b.madeFor(partner.name, partner.purpose)}</p> : null}
      <ul className="analysis-downloads" aria-label={b.downloadsFor}>
        {audiences.map((audience) => {
          const name = analysisResultsStrings.audiencesInline[audience];
          const query = {
            audience,
            partnerOrganisationId: partner?.organisationId,
            purpose: partner?.purpose,
          };
          return (
            <Fragment key={audience}>
              <li>
                <a href={briefingUrl(projectId, 'docx', query)} download onClick={logged}>
                  {b.word(name, partner?.name ?? null)}
                </a>
              </li>
              <li>
                <a href={briefingUrl(projectId, 'pdf', query)} download onClick={logged}>
                  {b.pdf(name, partner?.name ?? null)}
                </a>
              </li>
            </Fragment>
          );
        })}
      </ul>
      <p>
        <Link to={`/analysis/${projectId}`}>{b.seeLog}</Link>
      </p>
      <h3>{m.exportsTitle}</h3>
      <p>{m.exportsLead}</p>
      <ul className="analysis-downloads">
        <li>
          <a href={exportUrl(projectId, 'project.qdpx')} download>
            {m.qdpx}
          </a>
        </li>
        <li>
          <a href={exportUrl(projectId, 'codebook.qdc')} download>
            {m.qdc}
          </a>
        </li>
        <li>
          <a href={exportUrl(projectId, 'excerpts.csv')} download>
            {m.csv}
          </a>
        </li>
      </ul>
    </section>
  );
}
