import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';
import { ErasureSection } from './erasure-section.js';
import { MobileSection } from './mobile-section.js';
import { PasswordSection } from './password-section.js';
import { ProfileSection } from './profile-section.js';

/** Everything Cairn holds about the person, as a file (a plain route: it answers with an attachment). */
function DataSection() {
  return (
    <section className="section" aria-labelledby="data-title">
      <h2 id="data-title">{strings.account.dataTitle}</h2>
      <p>{strings.account.dataLead}</p>
      <p>
        <a href="/api/me/data" download className="button button--secondary">
          {strings.account.dataLink}
        </a>
      </p>
    </section>
  );
}

export function AccountPage() {
  const me = useMe();
  return (
    <>
      <PageHeading>{strings.account.title}</PageHeading>
      <p className="lead">{strings.account.lead}</p>
      {me.data ? (
        <>
          <ProfileSection me={me.data} />
          <MobileSection me={me.data} />
          <PasswordSection me={me.data} />
          <DataSection />
          <ErasureSection />
        </>
      ) : me.isError ? (
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
}
