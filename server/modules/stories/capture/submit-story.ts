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

const QUOTED_CHARACTERS = 240;

/**
 * The passage Cairn could not read, as the lead is shown it in the alert: to a word's end, cut
 * between whole characters, never inside one.
 */
function quoted(passage: string): string {
  const characters = Array.from(passage.trim());
  if (characters.length <= QUOTED_CHARACTERS) return characters.join('');
  const start = characters.slice(0, QUOTED_CHARACTERS).join('');
  const cut = start.lastIndexOf(' ');
  return `${cut > 0 ? start.slice(0, cut) : start}…`;
}

/**
 * Submits a draft: the text becomes the encrypted original version, de-identification findings
 * come back for review, and a current-risk finding holds the story and alerts the safeguarding
 * leads, as does a story in a language the text toolkit cannot read, for a person to read it.
 * Repeating a submission with the same Idempotency-Key answers the same and changes nothing.
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
    ...(language.why && language.passage
      ? [{ text: quoted(text.slice(language.passage.start, language.passage.end)), why: language.why }]
      : []),
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
        // risk found outranks a language not read: the lead's queue says why the story came to them
        source: risk.risk === 'current' ? 'detector' : 'language',
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
