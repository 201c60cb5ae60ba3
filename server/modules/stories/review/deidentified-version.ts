import type { RedactionDecision, StoryResponse } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPii, redact, suggestThemes } from '../../../text/index.js';
import { getStory } from '../read-stories.js';
import { decisionsToKeep, withWithheldCuts } from '../safeguarding/index.js';
import * as repo from '../stories.repository.js';
import { loadCuratedStory } from '../story-loader.js';
import { originalOf } from '../story-versions.js';

/** Titles are short and shown widely, so every identifying detail found in one is removed outright. */
export function deidentifyTitle(title: string): string {
  return redact(title, findPii(title)).trim();
}

/** Applies reviewed decisions to the original, producing a new immutable de-identified version. */
export function applyDecisions(text: string, decisions: readonly RedactionDecision[]): string {
  const cuts = decisions.filter((d) => d.action !== 'keep').sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at || cut.end > text.length || cut.end <= cut.start) {
      throw new AppError('validation_failed', message('stories.problems.redactionsOverlap'));
    }
    out += text.slice(at, cut.start) + (cut.replacement ?? '[removed]');
    at = cut.end;
  }
  return out + text.slice(at);
}

/** The storyteller or collector saves the text to share from their review of what was found. */
export async function createDeidentifiedVersion(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  decisions: RedactionDecision[],
): Promise<StoryResponse> {
  const { story, versions } = await loadCuratedStory(context, actor, storyId);
  if (story.status === 'draft' || story.status === 'withdrawn') {
    throw new AppError('conflict', message('stories.problems.reviewSentOnly'));
  }
  const original = originalOf(versions);
  if (!original) throw notFound('originalStory');
  await context.db.transaction(async (tx) =>
    saveDeidentifiedVersion(context, tx, {
      story,
      original: { id: original.id, text: context.cipher.decrypt(original.body) },
      decisions,
      createdBy: actor.personId,
    }),
  );
  return getStory(context, actor, storyId);
}

/**
 * Writes a new de-identified version from reviewed decisions, always cutting what a safeguarding
 * lead withheld, and sends the story back to its storyteller to approve.
 */
export async function saveDeidentifiedVersion(
  context: ModuleContext,
  tx: DbOrTx,
  input: {
    story: repo.StoryRow;
    original: { id: string; text: string };
    decisions: readonly RedactionDecision[];
    createdBy: string;
  },
) {
  const body = applyDecisions(
    input.original.text,
    withWithheldCuts(input.decisions, input.story.withheldSpans),
  );
  await repo.insertVersion(tx, {
    storyId: input.story.id,
    kind: 'deidentified',
    body,
    derivedFrom: input.original.id,
    // Only positions and actions: the removed words themselves are not copied out of the original.
    decisions: decisionsToKeep(input.decisions, input.story.withheldSpans).map((d) => ({
      start: d.start,
      end: d.end,
      action: d.action,
      replacement: d.replacement,
    })),
    createdBy: input.createdBy,
  });
  await repo.updateStory(tx, input.story.id, {
    status: 'in_review',
    approvedText: null,
    approvedAt: null,
    shareableText: body,
    safeTitle: deidentifyTitle(input.story.title),
    themes: suggestThemes(body)
      .filter((theme) => theme.score >= 0.5)
      .map((theme) => theme.code),
  });
}
