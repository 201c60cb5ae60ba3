import type { StoryResponse } from '../../../contracts/stories.js';
import { callEndpointLoadingContract, isMissing } from '../../lib/api.js';
import { differsFromServer, everyLocalDraft, type LocalDraft } from './local-draft.js';

/** What the server said of a story whose copy here is not marked saved. */
export type ServerCopy = Pick<StoryResponse, 'title' | 'draft'> | 'gone' | 'unreachable';

/** A story with words typed on this device that the server does not have. */
export interface UnsavedStory {
  storyId: string;
  /** The title as typed here ('' when it has none). */
  title: string;
}

/**
 * Which drafts kept on this device can go when someone signs out, and which hold words the server
 * does not have, so that signing out would lose them. A copy the server holds word for word goes; so
 * does one that has no draft to go to (the story was sent or deleted). A copy whose story could not be asked about (no connection) is
 * treated as not saved: nothing says the server has it.
 */
export function sortDraftsAtSignOut(
  drafts: readonly { storyId: string; draft: LocalDraft | null }[],
  server: ReadonlyMap<string, ServerCopy>,
): { forget: string[]; unsaved: UnsavedStory[] } {
  const forget: string[] = [];
  const unsaved: UnsavedStory[] = [];
  for (const { storyId, draft } of drafts) {
    if (!draft || draft.synced) {
      forget.push(storyId);
      continue;
    }
    const copy = server.get(storyId) ?? 'unreachable';
    // the words themselves decide, never the two clocks: a phone whose clock is slow, or words typed here
    // offline while the story was saved from another device, must still be asked about
    const lost = copy === 'unreachable' || (copy !== 'gone' && differsFromServer(draft, copy));
    if (lost) unsaved.push({ storyId, title: draft.title.trim() });
    else forget.push(storyId);
  }
  return { forget, unsaved };
}

async function askServer(storyId: string): Promise<ServerCopy> {
  try {
    return await callEndpointLoadingContract(
      { method: 'GET', path: '/api/stories/:storyId' },
      () => import('../../../contracts/stories.endpoints.js').then((m) => m.storyEndpoints.get),
      { params: { storyId } },
    );
  } catch (error) {
    return isMissing(error) ? 'gone' : 'unreachable';
  }
}

/** The drafts kept here, sorted as above after asking the server about each one not marked saved. */
export async function draftsAtSignOut(): Promise<{ forget: string[]; unsaved: UnsavedStory[] }> {
  const drafts = everyLocalDraft();
  const asked = drafts.filter(({ draft }) => draft && !draft.synced).map(({ storyId }) => storyId);
  const answers = await Promise.all(
    asked.map(async (storyId) => [storyId, await askServer(storyId)] as const),
  );
  return sortDraftsAtSignOut(drafts, new Map(answers));
}
