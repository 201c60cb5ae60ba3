import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { partnerEndpoints } from '../../../contracts/activities.endpoints.js';
import type { Partner } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { NewPartnerForm } from './new-partner-form.js';
import {
  keepsCommunityOffer,
  maySignpost,
  OrganisationPage,
  partnershipPicker,
  safeWebsite,
  usePartnershipPage,
} from './shared.js';
import { RecordedReferral, SignpostForm, type Recorded } from './signpost-form.js';
import './activities.css';

const s = communityStrings.partners;

function PartnerItem({ partner, signposts }: { partner: Partner; signposts: boolean }) {
  const [open, setOpen] = useState(false);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const titleId = `partner-${partner.id}-title`;
  const website = safeWebsite(partner.website);
  return (
    <li className="act-session">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="act-session__title">
          {partner.name}
        </h3>
        <p className="act-session__meta">
          <span className="tag">{s.kinds[partner.kind]}</span>
        </p>
        <dl className="act-facts">
          <div>
            <dt>{s.offers}</dt>
            <dd className="act-prewrap">{partner.offers}</dd>
          </div>
          {partner.contact ? (
            <div>
              <dt>{s.contact}</dt>
              <dd className="act-prewrap">{partner.contact}</dd>
            </div>
          ) : null}
          {website ? (
            <div>
              <dt>{s.website}</dt>
              <dd>
                <a href={website} rel="noopener noreferrer" aria-label={s.websiteLink(partner.name)}>
                  {website}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {recorded ? <RecordedReferral partner={partner} recorded={recorded} /> : null}
        {signposts && !open ? (
          <Button
            variant="secondary"
            onPress={() => {
              setRecorded(null);
              setOpen(true);
            }}
            aria-label={s.signpostToggleLabel(partner.name)}
          >
            {s.signpostToggle}
          </Button>
        ) : null}
        {open ? (
          <SignpostForm
            partner={partner}
            onClose={() => setOpen(false)}
            onRecorded={(next) => {
              setOpen(false);
              setRecorded(next);
            }}
          />
        ) : null}
      </article>
    </li>
  );
}

function PartnerList({ organisationId, signposts }: { organisationId: string; signposts: boolean }) {
  const list = useQuery({
    queryKey: keys.partners(organisationId),
    queryFn: () => callEndpoint(partnerEndpoints.list, { params: { organisationId } }),
  });
  return (
    <section className="section" aria-labelledby="partners-list-heading">
      <h2 id="partners-list-heading">{s.listTitle}</h2>
      <QueryResult
        query={list}
        isEmpty={(data) => data.partners.length === 0}
        empty={<p className="callout">{s.none}</p>}
      >
        {(data) => (
          <ul className="plain-list act-sessions">
            {data.partners.map((partner) => (
              <PartnerItem key={partner.id} partner={partner} signposts={signposts} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

/** The partner directory; those who support members signpost them (with consent); coordinators add partners. */
export function PartnersPage() {
  const page = usePartnershipPage();
  return (
    <OrganisationPage
      page={page}
      title={s.title}
      lead={s.lead}
      pickerId="partners-organisation"
      {...partnershipPicker}
      none={activitiesStrings.common.noMembership}
    >
      {(current, me) => (
        <>
          <PartnerList
            key={`list-${current.id}`}
            organisationId={current.id}
            signposts={maySignpost(me, current.id)}
          />
          {keepsCommunityOffer(me, current.id) ? (
            <NewPartnerForm
              key={`form-${current.id}`}
              organisationId={current.id}
              onErrors={page.setHasErrors}
            />
          ) : null}
        </>
      )}
    </OrganisationPage>
  );
}
