import type { z } from 'zod';
import type { ConsentTier, ProposedConsentSchema } from '../../../contracts/stories.js';
import { useDatesInWords } from '../../lib/i18n/dates.js';
import type { MessageKey } from '../../lib/i18n/i18n.js';
import { useRegionT } from '../../lib/i18n/pages.js';

const TIERS = {
  private: 'consent.confirm.tierPrivate',
  analysis: 'consent.confirm.tierAnalysis',
  partners: 'consent.confirm.tierPartners',
  public: 'consent.confirm.tierPublic',
} as const satisfies Record<ConsentTier, MessageKey>;

const NAMED_AS = {
  anonymous: 'consent.confirm.namedAnonymous',
  first_name: 'consent.confirm.namedFirstName',
} as const;

/** "3 March 2027" in the words of the page around it, in UK time. */
export function useConsentDate(): (iso: string) => string {
  return useDatesInWords().date;
}

/**
 * What a storyteller is asked to agree to, in plain words: in their language on the page where they
 * confirm, in the language on screen on the printed record's page.
 */
export function ProposalSummary({ proposal }: { proposal: z.infer<typeof ProposedConsentSchema> }) {
  const t = useRegionT();
  const date = useConsentDate();
  return (
    <ul>
      <li>{t(TIERS[proposal.tier])}</li>
      {proposal.partnerOrganisationNames.length > 0 ? (
        <li>{t('consent.confirm.partners', { names: proposal.partnerOrganisationNames.join(', ') })}</li>
      ) : null}
      {proposal.purpose ? <li>{t('consent.confirm.purpose', { purpose: proposal.purpose })}</li> : null}
      <li>
        {proposal.identification === 'pseudonym'
          ? t('consent.confirm.namedPseudonym', { name: proposal.pseudonym ?? '' })
          : t(NAMED_AS[proposal.identification])}
      </li>
      {proposal.expiresAt ? <li>{t('consent.confirm.until', { date: date(proposal.expiresAt) })}</li> : null}
    </ul>
  );
}
