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

function keyFor(storyId: string): string {
  return `cairn:story-draft:${storyId}`;
}

export function readLocalDraft(storyId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(keyFor(storyId));
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { title, text, typedAt, synced } = value as Record<string, unknown>;
    if (typeof title !== 'string' || typeof text !== 'string' || typeof typedAt !== 'string') return null;
    return { title, text, typedAt, synced: synced === true };
  } catch {
    return null;
  }
}

/** A local copy worth offering back: typed after the server's last save and different from it. */
export function newerLocalCopy(story: StoryResponse): LocalDraft | null {
  const local = readLocalDraft(story.id);
  const draft = story.draft;
  if (!local || !draft || local.synced) return null;
  if (local.text === draft.text && local.title === story.title) return null;
  if (new Date(local.typedAt).getTime() <= new Date(draft.savedAt).getTime()) return null;
  return local;
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
