import { useQuery, useQueryClient } from '@tanstack/react-query';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import type { Confirmation, StoryResponse } from '../../../contracts/stories.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
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

/** The words of the consent page for the reader: the storyteller's own, or their peer supporter's. */
export function consentVoice(story: StoryResponse) {
  return story.access === 'storyteller' ? storiesStrings.consent : storiesStrings.consentRoom.collector;
}
export type ConsentVoice = ReturnType<typeof consentVoice>;
