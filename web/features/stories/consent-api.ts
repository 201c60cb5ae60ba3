import { useQuery, useQueryClient } from '@tanstack/react-query';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import type {
  Confirmation,
  ConsentConfirmation,
  ConsentTier,
  StoryResponse,
} from '../../../contracts/stories.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useT } from '../../lib/i18n/pages.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { storyKey } from './story-api.js';

/** Shared with the organisation's consent wording page, which answers the same. */
export function consentWordingKey(organisationId: string) {
  return ['consent-wording', organisationId] as const;
}

export function confirmationsKey(storyId: string) {
  return ['stories', storyId, 'confirmations'] as const;
}

/** The wording the organisation reads out or shows before someone chooses: its current version. */
export function useConsentWording(organisationId: string) {
  return useQuery({
    queryKey: consentWordingKey(organisationId),
    queryFn: () => callEndpoint(consentEndpoints.wording, { params: { organisationId } }),
  });
}

/**
 * Whether the collector asks the storyteller to confirm sharing beyond the organisation:
 * 'ask' when the storyteller has no account (the requests so far are in `requests`), 'own' when
 * they have one and choose it themselves in Cairn, 'checking' while it is not known yet, and
 * 'failed' when it could not be found out.
 */
export type AskState =
  | { kind: 'ask'; requests: Confirmation[] }
  | { kind: 'own' }
  | { kind: 'checking' }
  | { kind: 'failed'; error: unknown; retry: () => void }
  | { kind: 'none' };

/**
 * The story's requests to confirm. The story does not say whether its storyteller has an account;
 * the list answers 409 when they have one (they confirm in Cairn themselves), so that answer is
 * the sign. While a request waits, the list is checked again now and then and when the page is
 * shown again, so an answer shows without reloading.
 */
export function useAskState(story: StoryResponse): AskState {
  const collector = story.access === 'collector';
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: confirmationsKey(story.id),
    queryFn: async () => {
      const before = queryClient.getQueryData<{ confirmations: Confirmation[] }>(confirmationsKey(story.id));
      const list = await callEndpoint(consentEndpoints.confirmations, { params: { storyId: story.id } });
      // A yes given through a link changes who can see the story: show it.
      const answered = (c: Confirmation) =>
        c.state === 'confirmed' &&
        before?.confirmations.some((old) => old.id === c.id && old.state !== 'confirmed');
      if (list.confirmations.some(answered)) {
        void queryClient.invalidateQueries({ queryKey: storyKey(story.id), exact: true });
      }
      return list;
    },
    enabled: collector,
    retry: (count, error) => count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    // An answer can come at any time: ask again whenever the page is shown.
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: (current) =>
      current.state.data?.confirmations.some((c) => c.state === 'waiting') ? 60_000 : false,
  });
  if (!collector) return { kind: 'none' };
  if (query.isSuccess) return { kind: 'ask', requests: query.data.confirmations };
  if (query.isError) {
    if (isApiError(query.error, 409)) return { kind: 'own' };
    return { kind: 'failed', error: query.error, retry: () => void query.refetch() };
  }
  return { kind: 'checking' };
}

type ConsentMethod = 'verbal' | 'written' | 'digital';

/** The words of the consent page in one voice: the storyteller's own, or their peer supporter's. */
export interface ConsentVoice {
  title: string;
  lead: string;
  current: string;
  until: (choice: string, date: string) => string;
  tierLabel: string;
  tiers: Record<ConsentTier, string>;
  tierHints: Record<ConsentTier, string>;
  partners: string;
  purpose: string;
  purposeHint: string;
  expiry: string;
  expiryHint: string;
  chooseTitle: string;
  identification: string;
  identifications: Record<'anonymous' | 'pseudonym' | 'first_name', string>;
  pseudonym: string;
  save: string;
  saving: string;
  saved: string;
  notApproved: string;
  checkFirst: string;
  readAgain: string;
  history: string;
  historyNone: string;
  grantEvent: (tier: string) => string;
  withdrawEvent: string;
  recordedBy: (name: string, method: ConsentMethod, when: string) => string;
  confirmations: Record<ConsentConfirmation, string>;
  wording: (version: string) => string;
  wordingTitle: (version: string) => string;
  wordingMissing: string;
  withdrawTitle: string;
  withdrawLead: string;
  withdraw: string;
  withdrawConfirm: string;
  withdrawYes: string;
  withdrawing: string;
  withdrawn: string;
  withdrawnAlready: string;
  cancel: string;
  choosePartner: string;
  enterPseudonym: string;
  badDate: string;
  expired: string;
  held: string;
}

const TIERS = ['private', 'analysis', 'partners', 'public'] as const;
const byTier = (say: (tier: ConsentTier) => string) =>
  Object.fromEntries(TIERS.map((tier) => [tier, say(tier)])) as Record<ConsentTier, string>;

/**
 * The peer supporter's voice, recording someone else's choice: English only for now, in a page
 * marked English (the consent page wraps it so).
 */
function collectorVoice(): ConsentVoice {
  const s = storiesStrings.consent;
  const r = storiesStrings.consentRoom;
  const c = r.collector;
  return {
    ...s,
    ...c,
    until: (choice, date) => `${choice} (${date})`,
    recordedBy: (name, method, when) => s.recordedBy(name, s.methods[method], when),
    checkFirst: storiesStrings.story.review,
    readAgain: storiesStrings.hold.readAgain,
    confirmations: r.history.confirmations,
    wording: r.history.wording,
    wordingTitle: r.wordingTitle,
    wordingMissing: r.wordingMissing,
    cancel: storiesStrings.common.cancel,
  };
}

/**
 * The words of the consent page: a storyteller reads their own choices in their language; the peer
 * supporter who recorded a story records what the storyteller agreed, in words of their own.
 */
export function useConsentVoice(story: StoryResponse): ConsentVoice {
  const t = useT();
  if (story.access !== 'storyteller') return collectorVoice();
  return {
    title: t('stories.consent.title'),
    lead: t('stories.consent.lead'),
    current: t('stories.consent.current'),
    until: (choice, date) => t('stories.consent.until', { choice, date }),
    tierLabel: t('stories.consent.tierLabel'),
    tiers: byTier((tier) => t('stories.tier', { tier })),
    tierHints: byTier((tier) => t('stories.consent.tierHint', { tier })),
    partners: t('stories.consent.partners'),
    purpose: t('stories.consent.purpose'),
    purposeHint: t('stories.consent.purposeHint'),
    expiry: t('stories.consent.expiry'),
    expiryHint: t('stories.consent.expiryHint'),
    chooseTitle: t('stories.consent.chooseTitle'),
    identification: t('stories.consent.identification'),
    identifications: {
      anonymous: t('stories.consent.identifications', { identification: 'anonymous' }),
      pseudonym: t('stories.consent.identifications', { identification: 'pseudonym' }),
      first_name: t('stories.consent.identifications', { identification: 'first_name' }),
    },
    pseudonym: t('stories.consent.pseudonym'),
    save: t('stories.consent.save'),
    saving: t('stories.consent.saving'),
    saved: t('stories.consent.saved'),
    notApproved: t('stories.consent.notApproved'),
    checkFirst: t('stories.story.review'),
    readAgain: t('stories.consent.readAgain'),
    history: t('stories.consent.history'),
    historyNone: t('stories.consent.historyNone'),
    grantEvent: (tier) => t('stories.consent.grantEvent', { tier }),
    withdrawEvent: t('stories.consent.withdrawEvent'),
    recordedBy: (name, method, date) => t('stories.consent.recordedBy', { name, method, date }),
    confirmations: {
      in_cairn: t('stories.consent.confirmation', { how: 'in_cairn' }),
      link: t('stories.consent.confirmation', { how: 'link' }),
      reference: t('stories.consent.confirmation', { how: 'reference' }),
      on_behalf: t('stories.consent.confirmation', { how: 'on_behalf' }),
    },
    wording: (version) => t('stories.consent.wordingVersion', { version }),
    wordingTitle: () => t('stories.consent.wordingTitle'),
    wordingMissing: t('stories.consent.wordingMissing'),
    withdrawTitle: t('stories.consent.withdrawTitle'),
    withdrawLead: t('stories.consent.withdrawLead'),
    withdraw: t('stories.consent.withdraw'),
    withdrawConfirm: t('stories.consent.withdrawConfirm'),
    withdrawYes: t('stories.consent.withdrawYes'),
    withdrawing: t('stories.consent.withdrawing'),
    withdrawn: t('stories.consent.withdrawn'),
    withdrawnAlready: t('stories.consent.withdrawnAlready'),
    cancel: t('stories.consent.cancel'),
    choosePartner: t('stories.consent.choosePartner'),
    enterPseudonym: t('stories.consent.enterPseudonym'),
    badDate: t('stories.consent.badDate'),
    expired: t('stories.consent.expired'),
    held: t('stories.consent.held'),
  };
}
