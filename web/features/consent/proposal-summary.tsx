import type { z } from 'zod';
import type { ProposedConsentSchema } from '../../../contracts/stories.js';
import { formatDate } from '../../lib/format.js';
import { consentStrings } from '../../lib/strings/consent.js';

const s = consentStrings.confirm;

/** What a storyteller is asked to agree to, in plain words. */
export function ProposalSummary({ proposal }: { proposal: z.infer<typeof ProposedConsentSchema> }) {
  return (
    <ul>
      <li>{s.tiers[proposal.tier]}</li>
      {proposal.partnerOrganisationNames.length > 0 ? (
        <li>{s.partners(proposal.partnerOrganisationNames.join(', '))}</li>
      ) : null}
      {proposal.purpose ? <li>{s.purpose(proposal.purpose)}</li> : null}
      <li>
        {proposal.identification === 'pseudonym'
          ? s.namedAs.pseudonym(proposal.pseudonym ?? '')
          : s.namedAs[proposal.identification]}
      </li>
      {proposal.expiresAt ? <li>{s.until(formatDate(proposal.expiresAt))}</li> : null}
    </ul>
  );
}
