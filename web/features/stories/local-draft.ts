import type { StoryResponse } from '../../../contracts/stories.js';

/** A copy of a draft kept on this device, written on every keystroke so nothing typed is ever lost. */
export interface LocalDraft {
  title: string;
  text: string;
  /** When it was typed (ISO). */
  typedAt: string;
  /** True once the server has the same text. */
  synced: boolean;
}

const PREFIX = 'cairn:story-draft:';

function keyFor(storyId: string): string {
  return `${PREFIX}${storyId}`;
}

function parseLocalDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { title, text, typedAt, synced } = value as Record<string, unknown>;
    if (typeof title !== 'string' || typeof text !== 'string' || typeof typedAt !== 'string') return null;
    return { title, text, typedAt, synced: synced === true };
  } catch {
    return null;
  }
}

export function readLocalDraft(storyId: string): LocalDraft | null {
  try {
    return parseLocalDraft(localStorage.getItem(keyFor(storyId)));
  } catch {
    return null;
  }
}

/**
 * True when the copy here has words the server's draft lacks: typed after the server's last save and
 * different from it. A story that is no longer a draft (sent, or gone) has nowhere to take them.
 */
export function isNewerThanServer(local: LocalDraft, story: Pick<StoryResponse, 'title' | 'draft'>): boolean {
  const draft = story.draft;
  if (!draft || !differsFromServer(local, story)) return false;
  return new Date(local.typedAt).getTime() > new Date(draft.savedAt).getTime();
}

/** True when the copy here is not marked saved and its title or words differ from the server's draft. */
export function differsFromServer(local: LocalDraft, story: Pick<StoryResponse, 'title' | 'draft'>): boolean {
  const draft = story.draft;
  if (!draft || local.synced) return false;
  return local.text !== draft.text || local.title !== story.title;
}

/** A local copy worth offering back: typed after the server's last save and different from it. */
export function newerLocalCopy(story: StoryResponse): LocalDraft | null {
  const local = readLocalDraft(story.id);
  return local && isNewerThanServer(local, story) ? local : null;
}

/** Every draft kept on this device, by story; a copy that cannot be read is listed with none. */
export function everyLocalDraft(
  storage: Storage = localStorage,
): { storyId: string; draft: LocalDraft | null }[] {
  const found: { storyId: string; draft: LocalDraft | null }[] = [];
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const name = storage.key(index);
      if (name?.startsWith(PREFIX)) {
        found.push({ storyId: name.slice(PREFIX.length), draft: parseLocalDraft(storage.getItem(name)) });
      }
    }
  } catch {
    // Storage turned off: nothing was kept.
  }
  return found;
}

export function writeLocalDraft(storyId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(keyFor(storyId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the server copy still saves.
  }
}

export function markLocalDraftSynced(storyId: string, title: string, text: string): void {
  const current = readLocalDraft(storyId);
  if (current && current.title === title && current.text === text) {
    writeLocalDraft(storyId, { ...current, synced: true });
  }
}

export function removeLocalDraft(storyId: string): void {
  try {
    localStorage.removeItem(keyFor(storyId));
  } catch {
    // Nothing to remove.
  }
}

/** Deletes every draft kept on this device, for when its writer has signed out. */
export function forgetEveryLocalDraft(storage: Storage = localStorage): void {
  try {
    const names = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    for (const name of names) if (name?.startsWith(PREFIX)) storage.removeItem(name);
  } catch {
    // Storage turned off: nothing was kept.
  }
}
