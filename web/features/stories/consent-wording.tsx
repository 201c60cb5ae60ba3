import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ConsentWordingResponseSchema } from '../../../contracts/stories.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import type { ConsentVoice } from './consent-api.js';
import { ConsentWordingText } from '../../components/consent-wording-text.js';

const s = storiesStrings.consentRoom;

/**
 * The organisation's consent wording, current version, folded away: a peer supporter opens it to
 * read it out or show it; a storyteller opens it to read what sharing means.
 */
export function WordingDetails({
  wording,
  own,
  voice,
}: {
  wording: UseQueryResult<z.infer<typeof ConsentWordingResponseSchema>>;
  own: boolean;
  voice: ConsentVoice;
}) {
  if (wording.isPending) return <Loading />;
  if (wording.isError) return <LoadError error={wording.error} onRetry={() => void wording.refetch()} />;
  const current = wording.data.current;
  return (
    <details className="consent-wording-details">
      <summary>{voice.wordingTitle(current.version)}</summary>
      {own ? null : <p className="secondary-text">{s.wordingLead}</p>}
      <ConsentWordingText
        cairns={current.id === null}
        text={current.text}
        className="consent-wording-details__text"
      />
    </details>
  );
}
