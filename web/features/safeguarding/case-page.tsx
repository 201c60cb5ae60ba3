import { Link, useParams } from 'react-router';
import type { AlertCase, CasePerson } from '../../../contracts/stories.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { safeguardingStrings } from '../../lib/strings/safeguarding.js';
import { AlertStatusTag, EvidenceList } from './alert-parts.js';
import { CloseForm, RecordEntryForm } from './case-forms.js';
import { useAlertCase } from './safeguarding-api.js';
import './safeguarding.css';

const s = safeguardingStrings;

/** A person and every way of reaching them, as links a lead can use from a phone. */
function PersonFacts({ person }: { person: CasePerson }) {
  const ways = [
    person.email ? { label: s.who.email, value: person.email, href: `mailto:${person.email}` } : null,
    person.mobileNumber
      ? { label: s.who.mobile, value: person.mobileNumber, href: `tel:${person.mobileNumber}` }
      : null,
    person.contact
      ? {
          label: s.who.contact,
          value: person.contact,
          href: person.contact.includes('@')
            ? `mailto:${person.contact}`
            : `tel:${person.contact.replace(/\s/g, '')}`,
        }
      : null,
  ].filter((way) => way !== null);
  return (
    <>
      <p>
        <strong>{person.name}</strong> ({person.hasAccount ? s.who.account : s.who.noAccount})
      </p>
      {ways.length > 0 ? (
        <dl className="safeguarding-facts">
          {ways.map((way) => (
            <div key={way.label} className="safeguarding-facts__row">
              <dt>{way.label}</dt>
              <dd>
                <a href={way.href}>{way.value}</a>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}

function WhoSection({ found }: { found: AlertCase }) {
  const reachable = found.storytellers.some((p) => p.email || p.mobileNumber || p.contact);
  return (
    <section aria-labelledby="case-who">
      <h2 id="case-who">{s.who.title}</h2>
      {found.storytellers.map((person, index) => (
        <PersonFacts key={`${index}-${person.name}`} person={person} />
      ))}
      {reachable ? null : <p>{s.who.noContact}</p>}
      <h3>{s.who.collectorTitle}</h3>
      {found.collector ? <PersonFacts person={found.collector} /> : <p>{s.who.wroteItThemselves}</p>}
    </section>
  );
}

function StorySection({ found }: { found: AlertCase }) {
  return (
    <section aria-labelledby="case-story">
      <h2 id="case-story">{s.story.title}</h2>
      <dl className="safeguarding-facts">
        <dt>{s.story.titleLabel}</dt>
        <dd>{found.story.title || s.story.untitled}</dd>
        <dt>{s.story.organisation}</dt>
        <dd>{found.organisationName}</dd>
        <dt>{s.story.recorded}</dt>
        <dd>{formatDate(found.story.createdAt)}</dd>
        <dt>{s.story.shared}</dt>
        <dd>{found.story.held ? s.story.held : s.story.released}</dd>
      </dl>
      {found.raisedByName ? <p>{s.evidence.raisedBy(found.raisedByName)}</p> : null}
      <EvidenceList evidence={found.evidence} />
      <p>
        <Link to={`/safeguarding/${found.id}/story`}>{s.story.read}</Link>
      </p>
    </section>
  );
}

function CaseLog({ found }: { found: AlertCase }) {
  return (
    <section aria-labelledby="case-log">
      <h2 id="case-log">{s.log.title}</h2>
      {found.caseLog.length === 0 ? <p>{s.log.none}</p> : null}
      <ol className="plain-list safeguarding-log">
        {found.caseLog.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{s.actions[entry.action]}</strong> —{' '}
              {s.log.by(entry.recordedByName, formatDateTime(entry.happenedAt))}
              {Math.abs(Date.parse(entry.recordedAt) - Date.parse(entry.happenedAt)) > 10 * 60_000 ? (
                <span className="secondary-text">
                  {' '}
                  ({s.log.recordedLater(formatDateTime(entry.recordedAt))})
                </span>
              ) : null}
            </p>
            <p className="safeguarding-note">{entry.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One alert as a case: who, how to reach them, the story, what has been done, and what to do next. */
export function CasePage() {
  const { alertId = '' } = useParams();
  const found = useAlertCase(alertId);
  if (found.isError && isApiError(found.error, 404)) return <NotFound />;
  return (
    <>
      <p>
        <Link to="/safeguarding">{s.back}</Link>
      </p>
      <PageHeading>{s.caseTitle}</PageHeading>
      {found.isPending ? <Loading /> : null}
      {found.isError ? <LoadError error={found.error} onRetry={() => void found.refetch()} /> : null}
      {found.data ? (
        <>
          <p className="lead">
            <AlertStatusTag status={found.data.status} />{' '}
            {s.alerts.raised(formatDateTime(found.data.createdAt))}. {s.alerts.sources[found.data.source]}.
          </p>
          {found.data.escalatedAt && found.data.status !== 'closed' ? (
            <p className="safeguarding-escalated">
              <strong>{s.alerts.escalated(formatDateTime(found.data.escalatedAt))}</strong>
            </p>
          ) : null}
          <p className="secondary-text">{s.caseLead}</p>
          <WhoSection found={found.data} />
          <StorySection found={found.data} />
          <CaseLog found={found.data} />
          <RecordEntryForm found={found.data} />
          <CloseForm found={found.data} />
        </>
      ) : null}
    </>
  );
}
