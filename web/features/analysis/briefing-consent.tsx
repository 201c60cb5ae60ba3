import { useQuery } from '@tanstack/react-query';
import type { BriefingDownloadList, ConsentNoticeList } from '../../../contracts/analysis.js';
import { QueryResult } from '../../components/query-result.js';
import { formatDateTime } from '../../lib/format.js';
import { analysisConsentStrings } from '../../lib/strings/analysis-consent.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import {
  briefingDownloadsKey,
  consentNoticesKey,
  fetchBriefingDownloads,
  fetchConsentNotices,
} from './analysis-api.js';
import './analysis-results.css';

const n = analysisConsentStrings.notices;
const l = analysisConsentStrings.log;
const audienceName = (audience: keyof typeof analysisResultsStrings.audiencesInline) =>
  analysisResultsStrings.audiencesInline[audience];

type Briefing = ConsentNoticeList['notices'][number]['downloads'][number];

/** One downloaded briefing in words: for whom, in which format, by whom and when. */
function BriefingLine({ briefing }: { briefing: Briefing }) {
  return (
    <>
      <span className="analysis-card__title">
        {l.briefing(audienceName(briefing.audience), briefing.partnerName, briefing.purpose, briefing.format)}
      </span>
      <br />
      <span className="secondary-text">
        {l.by(briefing.downloadedByName, formatDateTime(briefing.downloadedAt))}
      </span>
    </>
  );
}

/** "Shared with consent for public use (2)": the consent behind a briefing's quotes, counted. */
function consentCounts(quotes: BriefingDownloadList['downloads'][number]['quotes']) {
  const counts = new Map<string, number>();
  for (const quote of quotes) counts.set(quote.consent, (counts.get(quote.consent) ?? 0) + 1);
  return [...counts];
}

/** Consent lost: which key message lost which quote, and the briefings already out that carried it. */
export function ConsentNotices({ projectId }: { projectId: string }) {
  const notices = useQuery({
    queryKey: consentNoticesKey(projectId),
    queryFn: () => fetchConsentNotices(projectId),
  });
  return (
    <section className="section" aria-labelledby="consent-notices-title">
      <h2 id="consent-notices-title">{n.title}</h2>
      <p>{n.lead}</p>
      <QueryResult query={notices} isEmpty={(data) => data.notices.length === 0} empty={<p>{n.none}</p>}>
        {(data) => (
          <ul className="analysis-cards analysis-cards--single">
            {data.notices.map((notice) => (
              <li key={notice.id} className="analysis-card">
                <h3 id={`notice-${notice.id}`}>
                  {n.heading(notice.cause, formatDateTime(notice.detectedAt))}
                </h3>
                <p>{n.what[notice.cause]}</p>
                <h4>{n.lostQuotes}</h4>
                {notice.lostQuotes.length === 0 ? (
                  <p>{n.noLostQuotes}</p>
                ) : (
                  <ul>
                    {notice.lostQuotes.map((q) => (
                      <li key={`${q.keyMessageId}-${q.quoteNumber}`}>
                        {n.lostQuote(q.keyMessageText, audienceName(q.audience), q.quoteNumber, q.codeName)}
                      </li>
                    ))}
                  </ul>
                )}
                <h4>{n.downloads}</h4>
                {notice.downloads.length === 0 ? (
                  <p>{n.noDownloads}</p>
                ) : (
                  <>
                    <p>
                      <strong>{n.askToDelete}</strong>
                    </p>
                    <ul>
                      {notice.downloads.map((briefing) => (
                        <li key={briefing.id}>
                          <BriefingLine briefing={briefing} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

/** The download log: every briefing that left Cairn, and the consent each quote rests on. */
export function BriefingDownloadLog({ projectId }: { projectId: string }) {
  const log = useQuery({
    queryKey: briefingDownloadsKey(projectId),
    queryFn: () => fetchBriefingDownloads(projectId),
  });
  return (
    <section className="section" aria-labelledby="download-log-title">
      <h2 id="download-log-title">{l.title}</h2>
      <p>{l.lead}</p>
      <QueryResult query={log} isEmpty={(data) => data.downloads.length === 0} empty={<p>{l.none}</p>}>
        {(data) => (
          <ul className="analysis-cards analysis-cards--single">
            {data.downloads.map((download) => (
              <li key={download.id} className="analysis-card">
                <p>
                  <BriefingLine briefing={download} />
                </p>
                <p>{l.quotes(download.quotes.length)}</p>
                {download.quotes.length > 0 ? (
                  <ul>
                    {consentCounts(download.quotes).map(([consent, count]) => (
                      <li key={consent}>{l.quoteConsent(consent, count)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}
