import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import type { CreateStoryRequest } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { errorText, isApiError } from '../../lib/api.js';
import { useT } from '../../lib/i18n/pages.js';
import { callWithIdempotencyKey, forgetIdempotencyKey, idempotencyKeyFor } from './story-api.js';

const CREATE_PURPOSE = 'create-story';

// The contract loads when a story is started, not with the home page that offers it.
const createEndpoint = () =>
  import('../../../contracts/stories.endpoints.js').then((contracts) => contracts.storyEndpoints.create);

/**
 * Creates a story and opens its editor, where the layout puts focus on the "Your story" heading.
 * The key is kept until the server has answered, so a retry after a dropped connection cannot make
 * a second story; a refusal will not succeed with the same key, so it is forgotten then.
 */
export function useStartStory(onError?: (error: unknown) => void) {
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const create = useMutation({
    mutationFn: async (body: CreateStoryRequest) =>
      callWithIdempotencyKey(await createEndpoint(), { body }, idempotencyKeyFor(CREATE_PURPOSE)),
    onSuccess: (story) => {
      forgetIdempotencyKey(CREATE_PURPOSE);
      setOpening(true);
      void navigate(`/stories/${story.id}/edit`);
    },
    onError: (error) => {
      if (isApiError(error) && error.status >= 400) forgetIdempotencyKey(CREATE_PURPOSE);
      onError?.(error);
    },
  });
  return { start: create.mutate, isPending: create.isPending || opening, error: create.error };
}

/**
 * The home page's first action. Someone in one organisation presses it once and is writing: the
 * title can wait, and is asked for in the editor. Someone in several is first asked which
 * organisation the story is for, on the "Write your story" page.
 */
export function TellYourStory({ me }: { me: MeResponse }) {
  const t = useT();
  const organisations = [...new Set(me.memberships.map((m) => m.organisationId))];
  const story = useStartStory();
  const [only] = organisations;
  if (organisations.length !== 1 || only === undefined) {
    return (
      <Link to="/stories/new" className="button button--primary">
        {t('memberHome.tellYourStory')}
      </Link>
    );
  }
  return (
    <>
      <Button
        isPending={story.isPending}
        pendingLabel={t('memberHome.starting')}
        onPress={() => story.start({ organisationId: only, channel: 'written', title: '' })}
      >
        {t('memberHome.tellYourStory')}
      </Button>
      {story.error ? (
        <p className="field__error" role="alert">
          {errorText(story.error)}
        </p>
      ) : null}
    </>
  );
}
