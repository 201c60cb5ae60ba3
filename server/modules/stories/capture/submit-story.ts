import type { PiiFinding, StoryResponse } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { assessRisk, readLanguage } from '../../../text/index.js';
import { findOrganisationById } from '../../people/index.js';
import { getStory } from '../read-stories.js';
import { evidenceBySentence, raiseAlert } from '../safeguarding/index.js';
import * as repo from '../stories.repository.js';
import { loadCuratedStory } from '../story-loader.js';
import { piiFindingsOf, presentStory } from '../story-presenter.js';
import { originalOf } from '../story-versions.js';

const OPENING_CHARACTERS = 240;

/** The start of a story, to a word's end: what a lead is shown of one Cairn could not read. */
function openingOf(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= OPENING_CHARACTERS) return trimmed;
  const cut = trimmed.lastIndexOf(' ', OPENING_CHARACTERS);
  return `${trimmed.slice(0, cut > 0 ? cut : OPENING_CHARACTERS)}…`;
}

/**
 * Submits a draft: the text becomes the encrypted original version, de-identification findings
 * come back for review, and a current-risk finding holds the story and alerts the safeguarding
 * leads, as does a story in a language the text toolkit cannot read, for a person to read it. Repeating a submission with the same Idempotency-Key answers the same and changes nothing.
 */
export async function submitStory(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  idempotencyKey: string | undefined,
): Promise<{ story: StoryResponse; findings: PiiFinding[] }> {
  const loaded = await loadCuratedStory(context, actor, storyId);
  const { story } = loaded;
  if (story.status !== 'draft') {
    if (idempotencyKey && story.submitIdempotencyKey === idempotencyKey) {
      const original = originalOf(loaded.versions);
      const text = original ? context.cipher.decrypt(original.body) : '';
      return { story: await presentStory(context, loaded), findings: piiFindingsOf(text) };
    }
    throw new AppError('conflict', message('stories.problems.alreadySubmitted'));
  }
  const text = story.draftEncrypted ? context.cipher.decrypt(story.draftEncrypted) : '';
  if (text.trim().length === 0) {
    throw new AppError('validation_failed', message('stories.problems.writeFirst'), [
      { path: 'text', message: message('stories.problems.writeFirstField') },
    ]);
  }
  const risk = assessRisk(text);
  // A story the toolkit cannot read was checked by nobody: it is held and goes to a lead to read.
  const language = readLanguage(text);
  const held = risk.risk === 'current' || !language.checkable;
  const evidence = [
    ...evidenceBySentence(risk.evidence.filter((e) => e.level === 'current')),
    ...(language.why ? [{ text: openingOf(text), why: language.why }] : []),
  ];
  const organisation = await findOrganisationById(context.db, story.organisationId);
  const submitted = await context.db.transaction(async (tx) => {
    // Only one submission can move the story out of draft, however many arrive at once.
    const claimed = await repo.markSubmitted(tx, story.id, {
      submitIdempotencyKey: idempotencyKey ?? null,
      safeguardingHold: held,
    });
    if (!claimed) return false;
    await repo.insertVersion(tx, {
      storyId: story.id,
      kind: 'original',
      body: context.cipher.encrypt(text),
      derivedFrom: null,
      decisions: [],
      createdBy: actor.personId,
    });
    if (held) {
      await raiseAlert(context, tx, {
        storyId: story.id,
        organisationId: story.organisationId,
        evidence,
        source: 'detector',
        raisedBy: null,
      });
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation?.partnershipId ?? null,
      action: 'story.submitted',
      subjectType: 'story',
      subjectId: story.id,
    });
    return true;
  });
  if (!submitted) return submitStory(context, actor, storyId, idempotencyKey);
  return { story: await getStory(context, actor, story.id), findings: piiFindingsOf(text) };
}
