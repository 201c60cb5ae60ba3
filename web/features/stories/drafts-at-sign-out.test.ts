import { describe, expect, it } from 'vitest';
import { sortDraftsAtSignOut, type ServerCopy } from './drafts-at-sign-out.js';
import { everyLocalDraft, forgetEveryLocalDraft, type LocalDraft } from './local-draft.js';
import { memoryStorage } from '../../lib/testing/memory-storage.js';

const SAVED_AT = '2026-12-07T10:00:00.000Z';
const BEFORE = '2026-12-07T09:59:00.000Z';
const AFTER = '2026-12-07T10:05:00.000Z';

function local(text: string, typedAt: string, synced = false, title = 'Finding my feet'): LocalDraft {
  return { title, text, typedAt, synced };
}

function server(text: string, title = 'Finding my feet', savedAt = SAVED_AT): ServerCopy {
  return { title, draft: { text, savedAt, revision: 3 } } as ServerCopy;
}

describe('drafts kept on a device when its writer signs out', () => {
  it('forgets a copy marked saved without asking the server', () => {
    const sorted = sortDraftsAtSignOut(
      [{ storyId: 'a', draft: local('The first winter', AFTER, true) }],
      new Map(),
    );
    expect(sorted).toEqual({ forget: ['a'], unsaved: [] });
  });

  it('forgets a copy the server already holds word for word, even if not marked saved', () => {
    const sorted = sortDraftsAtSignOut(
      [{ storyId: 'a', draft: local('The first winter', AFTER) }],
      new Map([['a', server('The first winter')]]),
    );
    expect(sorted).toEqual({ forget: ['a'], unsaved: [] });
  });

  it('asks about words typed after the last save that the server does not have', () => {
    const sorted = sortDraftsAtSignOut(
      [{ storyId: 'a', draft: local('The first winter. Then soup on Thursdays.', AFTER) }],
      new Map([['a', server('The first winter.')]]),
    );
    expect(sorted).toEqual({ forget: [], unsaved: [{ storyId: 'a', title: 'Finding my feet' }] });
  });

  it('asks about a changed title alone too', () => {
    const sorted = sortDraftsAtSignOut(
      [{ storyId: 'a', draft: local('Same words', AFTER, false, '  A new title ') }],
      new Map([['a', server('Same words')]]),
    );
    expect(sorted.unsaved).toEqual([{ storyId: 'a', title: 'A new title' }]);
  });

  it('treats a copy as unsaved when the server could not be asked (no connection)', () => {
    const drafts = [
      { storyId: 'a', draft: local('Typed offline', AFTER) },
      { storyId: 'b', draft: local('Never asked about', AFTER, false, '') },
    ];
    const sorted = sortDraftsAtSignOut(drafts, new Map([['a', 'unreachable' as const]]));
    expect(sorted).toEqual({
      forget: [],
      unsaved: [
        { storyId: 'a', title: 'Finding my feet' },
        { storyId: 'b', title: '' },
      ],
    });
  });

  it('asks about words the server lacks even when its save looks later (a slow clock, another device)', () => {
    const sorted = sortDraftsAtSignOut(
      [{ storyId: 'older', draft: local('Typed before the last save elsewhere', BEFORE) }],
      new Map<string, ServerCopy>([['older', server('Saved later from another phone')]]),
    );
    expect(sorted.unsaved.map((u) => u.storyId)).toEqual(['older']);
  });

  it('forgets a copy whose story is no longer a draft or is gone', () => {
    const sorted = sortDraftsAtSignOut(
      [
        { storyId: 'sent', draft: local('Typed, then the story was sent', AFTER) },
        { storyId: 'gone', draft: local('Typed, then the story was deleted', AFTER) },
        { storyId: 'unreadable', draft: null },
      ],
      new Map<string, ServerCopy>([
        ['sent', { title: 'Finding my feet', draft: null } as ServerCopy],
        ['gone', 'gone'],
      ]),
    );
    expect(sorted).toEqual({ forget: ['sent', 'gone', 'unreadable'], unsaved: [] });
  });

  it('lists every draft kept on the device and deletes them all, leaving everything else', () => {
    const storage = memoryStorage({
      'cairn:story-draft:a': JSON.stringify(local('Words one', AFTER, true)),
      'cairn:story-draft:b': '{not json',
      'cairn:cafe-board:x': '{}',
      'cairn:language': 'cy',
    });
    expect(everyLocalDraft(storage)).toEqual([
      { storyId: 'a', draft: local('Words one', AFTER, true) },
      { storyId: 'b', draft: null },
    ]);
    forgetEveryLocalDraft(storage);
    expect(everyLocalDraft(storage)).toEqual([]);
    expect([storage.key(0), storage.key(1), storage.length]).toEqual([
      'cairn:cafe-board:x',
      'cairn:language',
      2,
    ]);
  });
});
